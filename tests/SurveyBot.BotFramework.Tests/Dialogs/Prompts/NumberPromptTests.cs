using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class NumberPromptTests
{
    private static readonly PromptOptions Rating = PromptOptions.Ask("From 1 to 5, how would you rate it?", "Please give a whole number from 1 to 5.") with
    {
        Validations = new PromptValidations(1, 5),
    };

    [Theory]
    [InlineData("4", 4)]
    [InlineData("four", 4)]
    [InlineData("I'd say 3", 3)]
    [InlineData(" 5 ", 5)]
    public async Task Number_prompt_understands_digits_and_words(string answer, int expected)
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send(answer).AssertReply($"rated {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_reprompts_with_the_retry_prompt_on_unrecognised_answer()
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send("pretty good").AssertReply("Please give a whole number from 1 to 5.")
            .Send("2").AssertReply("rated 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_names_the_range_when_the_answer_is_outside_it()
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send("7").AssertReply("Please give a number from 1 to 5.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Integer_number_prompt_does_not_accept_a_fraction()
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send("3.5").AssertReply("Please give a whole number from 1 to 5.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Double_number_prompt_accepts_a_fraction()
    {
        await PromptHarness.Flow(new NumberPrompt<double>("amount"), PromptOptions.Ask("How much did you pay?"), r => $"paid {r:0.00}")
            .Send("hi").AssertReply("How much did you pay?")
            .Send("12.5").AssertReply("paid 12.50")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_gives_up_after_max_attempts_so_the_waterfall_can_react()
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating with { MaxAttempts = 2 }, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send("no idea").AssertReply("Please give a whole number from 1 to 5.")
            .Send("still no idea").AssertReply("gave up after 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_recognises_in_the_activity_locale()
    {
        var adapter = new TestAdapter();
        var answer = adapter.MakeMessage("trois");
        answer.Locale = "fr-FR";

        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}", adapter)
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send(answer).AssertReply("rated 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_falls_back_to_english_for_an_unsupported_locale()
    {
        var adapter = new TestAdapter();
        var answer = adapter.MakeMessage("two");
        answer.Locale = "xx-YY";

        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}", adapter)
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send(answer).AssertReply("rated 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_asks_again_when_the_answer_is_a_long_text()
    {
        await PromptHarness.Flow(new NumberPrompt<int>("rating"), Rating, r => $"rated {r}")
            .Send("hi").AssertReply(Rating.Prompt!.Text!)
            .Send(string.Concat(Enumerable.Repeat("It was four out of five, roughly. ", 300))).AssertReply("Please give a whole number from 1 to 5.")
            .StartTestAsync();
    }
}
