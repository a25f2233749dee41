using SurveyBot.BotFramework.Testing;
using SurveyBot.BotFramework.Tests.Dialogs;

namespace SurveyBot.BotFramework.Tests.Testing;

public sealed class TranscriptLoggingMiddlewareTests
{
    [Fact]
    public async Task Logging_middleware_writes_each_user_message_and_bot_reply()
    {
        var lines = new List<string>();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggingMiddleware(lines.Add));

        await new TestFlow(adapter, new DialogTestBot(WaterfallDialogTests.CompanyAndRating()))
            .Send("hi").AssertReply("Which company?")
            .StartTestAsync();

        Assert.Equal(["user: hi", " bot: Which company?"], lines);
    }

    [Fact]
    public async Task Failed_transcript_assertion_reports_the_conversation_so_far()
    {
        var flow = new TestFlow(new TestAdapter(), new DialogTestBot(WaterfallDialogTests.CompanyAndRating()))
            .Send("hi").AssertReply("Which brand?");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => flow.StartTestAsync());

        Assert.Contains("Expected the reply \"Which brand?\" but got \"Which company?\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("user: hi", error.Message, StringComparison.Ordinal);
    }
}
