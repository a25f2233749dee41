using SurveyBot.BotFramework.Testing;

namespace SurveyBot.Tests.Interview;

public sealed class SurveyBotBotTests
{
    [Fact]
    public async Task Opening_of_the_default_interview_reads_as_a_conversation()
    {
        var bot = new BotHarness().Bot;

        await new TestFlow(new TestAdapter(), bot)
            .SendConversationUpdate()
            .AssertReplyContains("Hi, I'm SurveyBot")
            .AssertReplyStepId("consent")
            .Send("yes")
            .AssertReplyStepId("organisation")
            .Send("help")
            .AssertReplyContains("The name of the firm")
            .AssertReplyStepId("organisation")
            .Send("Northwind Broadband")
            .AssertReplyStepId("offering")
            .Send("home internet")
            .AssertSuggestedActions("Positive", "Negative", "Mixed")
            .Send("skip")
            .AssertReplyContains("can't be skipped")
            .AssertReplyStepId("polarity")
            .Send("it was bad")
            .AssertReplyStepId("pre-purchase")
            .AssertNoReply()
            .StartTestAsync();
    }
}
