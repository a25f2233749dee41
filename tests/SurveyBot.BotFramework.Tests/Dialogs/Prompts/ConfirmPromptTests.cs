using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah!", true)]
    [InlineData("sure", true)]
    [InlineData("y", true)]
    [InlineData("yes please", true)]
    [InlineData("of course", true)]
    [InlineData("no", false)]
    [InlineData("Nope", false)]
    [InlineData("n", false)]
    [InlineData("not really", false)]
    [InlineData("no, thanks", false)]
    public async Task Confirm_prompt_understands_yes_and_no_words(string answer, bool expected)
    {
        await PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptOptions.Ask("Shall I save this?"), r => $"confirmed {r}")
            .Send("hi").AssertReply("Shall I save this?")
            .Send(answer).AssertReply($"confirmed {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_offers_yes_and_no_buttons()
    {
        await PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptOptions.Ask("Shall I save this?"), r => $"confirmed {r}")
            .Send("hi").AssertSuggestedActions("Yes", "No")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_reprompts_on_unrecognised_answer()
    {
        await PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptOptions.Ask("Shall I save this?", "Please answer yes or no."), r => $"confirmed {r}")
            .Send("hi").AssertReply("Shall I save this?")
            .Send("maybe yes maybe no").AssertReply("Please answer yes or no.")
            .Send("yep").AssertReply("confirmed True")
            .StartTestAsync();
    }
}
