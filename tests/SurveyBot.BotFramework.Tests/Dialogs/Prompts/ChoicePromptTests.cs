using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Sentiment = PromptOptions.Ask("Was it positive or negative?", "Please pick one of the options.") with
    {
        Choices =
        [
            new Choice("Positive") { Synonyms = ["good", "great"] },
            new Choice("Negative") { Synonyms = ["bad", "awful"] },
            new Choice("Mixed"),
        ],
    };

    [Theory]
    [InlineData("Positive")]
    [InlineData("negative")]
    [InlineData("2")]
    [InlineData("the second")]
    [InlineData("the second one")]
    [InlineData("bad")]
    [InlineData("it was really awful")]
    [InlineData("negitive")]
    public async Task Choice_prompt_recognises_value_number_ordinal_synonym_and_typo(string answer)
    {
        var expected = answer is "Positive" ? "Positive" : "Negative";
        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"picked {((FoundChoice)r!).Value}")
            .Send("hi").AssertReply("Was it positive or negative?")
            .Send(answer).AssertReply($"picked {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_reprompts_on_an_answer_naming_no_choice()
    {
        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"picked {((FoundChoice)r!).Value}")
            .Send("hi").AssertReply("Was it positive or negative?")
            .Send("purple").AssertReply("Please pick one of the options.")
            .Send("7").AssertReply("Please pick one of the options.")
            .Send("mixed").AssertReply("picked Mixed")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_does_not_guess_between_two_choices_named_in_one_answer()
    {
        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"picked {((FoundChoice)r!).Value}")
            .Send("hi").AssertReply("Was it positive or negative?")
            .Send("good and bad").AssertReply("Please pick one of the options.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_shows_choices_as_suggested_actions_on_web_chat()
    {
        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"{r}", new TestAdapter(channelId: "webchat"))
            .Send("hi").AssertSuggestedActions("Positive", "Negative", "Mixed")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_shows_numbered_text_in_a_teams_group_chat()
    {
        var adapter = new TestAdapter(channelId: "msteams");
        var hello = adapter.MakeMessage("hi");
        hello.Conversation!.ConversationType = "groupChat";

        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"{r}", adapter)
            .Send(hello)
            .AssertReply(reply =>
            {
                Assert.Equal("Was it positive or negative? (1) Positive, (2) Negative, or (3) Mixed", reply.Text);
                Assert.Null(reply.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_lists_more_than_three_choices_as_text_in_teams_personal_chat()
    {
        var adapter = new TestAdapter(channelId: "msteams");
        var hello = adapter.MakeMessage("hi");
        hello.Conversation!.ConversationType = "personal";
        var options = PromptOptions.Ask("What mattered most?") with { Choices = [new("Price"), new("Staff"), new("Speed"), new("Quality")] };

        await PromptHarness.Flow(new ChoicePrompt("topic"), options, r => $"{r}", adapter)
            .Send(hello)
            .AssertReply(reply =>
            {
                Assert.Equal("What mattered most?\n\n1. Price\n2. Staff\n3. Speed\n4. Quality", reply.Text);
                Assert.Null(reply.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_keeps_suggested_actions_for_three_choices_in_teams_personal_chat()
    {
        var adapter = new TestAdapter(channelId: "msteams");
        var hello = adapter.MakeMessage("hi");
        hello.Conversation!.ConversationType = "personal";

        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment, r => $"{r}", adapter)
            .Send(hello).AssertSuggestedActions("Positive", "Negative", "Mixed")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_list_style_forces_numbered_text()
    {
        await PromptHarness.Flow(new ChoicePrompt("sentiment"), Sentiment with { Style = ListStyle.List }, r => $"{r}")
            .Send("hi").AssertReplyContains("1. Positive\n2. Negative\n3. Mixed")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_without_choices_says_what_is_missing()
    {
        var dialogs = new DialogSet().Add(new ChoicePrompt("sentiment"));
        var dc = new DialogContext(dialogs, new TurnContext(new TestAdapter().MakeMessage("hi")), new DialogState());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("sentiment", PromptOptions.Ask("Was it positive?")));

        Assert.Contains("at least one choice", error.Message, StringComparison.Ordinal);
    }
}
