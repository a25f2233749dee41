using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class DateTimePromptTests
{
    // Wednesday 12 June 2024, 10:00 in the user's time zone.
    private static readonly DateTimeOffset Now = new(2024, 6, 12, 10, 0, 0, TimeSpan.FromHours(2));

    private static string Describe(object? result) =>
        string.Join(" | ", ((IReadOnlyList<DateTimeResolution>)result!).Select(r => r.Value ?? $"{r.Start}..{r.End}"));

    [Theory]
    [InlineData("yesterday", "2024-06-11")]
    [InlineData("last Friday", "2024-06-07")]
    [InlineData("it was on 3 March", "2024-03-03")]
    public async Task Date_prompt_resolves_dates_relative_to_the_users_local_time(string answer, string expected)
    {
        var adapter = new TestAdapter();
        var message = adapter.MakeMessage(answer);
        message.LocalTimestamp = Now;

        await PromptHarness.Flow(new DateTimePrompt("when"), PromptOptions.Ask("When was it?"), Describe, adapter)
            .Send("hi").AssertReply("When was it?")
            .Send(message).AssertReply(reply => Assert.Contains(expected, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_reprompts_when_no_date_is_named()
    {
        await PromptHarness.Flow(new DateTimePrompt("when"), PromptOptions.Ask("When was it?", "Roughly when, e.g. \"last week\"?"), Describe)
            .Send("hi").AssertReply("When was it?")
            .Send("no clue").AssertReply("Roughly when, e.g. \"last week\"?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_asks_again_when_the_answer_is_a_long_text()
    {
        await PromptHarness.Flow(new DateTimePrompt("when"), PromptOptions.Ask("When was it?", "Roughly when?"), Describe)
            .Send("hi").AssertReply("When was it?")
            .Send(string.Concat(Enumerable.Repeat("Last Friday or maybe yesterday. ", 300))).AssertReply("Roughly when?")
            .StartTestAsync();
    }
}
