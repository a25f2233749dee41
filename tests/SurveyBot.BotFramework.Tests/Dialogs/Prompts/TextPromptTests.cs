using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task Text_prompt_returns_the_answer_text()
    {
        await PromptHarness.Flow(new TextPrompt("text"), PromptOptions.Ask("Which company?"), r => $"answer: {r}")
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso Coffee").AssertReply("answer: Contoso Coffee")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_marks_its_question_as_expecting_input_and_carries_channel_data()
    {
        var options = PromptOptions.Ask("Which company?") with
        {
            ChannelData = new() { ["surveyStep"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "company", ["kind"] = "text" } },
        };

        await PromptHarness.Flow(new TextPrompt("text"), options, r => $"{r}")
            .Send("hi")
            .AssertReply(reply => Assert.Equal(InputHints.ExpectingInput, reply.InputHint))
            .Send("")
            .AssertReplyStepId("company")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_ignores_activities_that_are_not_messages()
    {
        var adapter = new TestAdapter();
        await PromptHarness.Flow(new TextPrompt("text"), PromptOptions.Ask("Which company?"), r => $"answer: {r}", adapter)
            .Send("hi").AssertReply("Which company?")
            .Send(adapter.MakeActivity(ActivityTypes.Typing)).AssertNoReply()
            .Send("Fabrikam").AssertReply("answer: Fabrikam")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_custom_validator_rejects_with_its_own_message()
    {
        var prompt = new TextPrompt("text", (context, _) =>
        {
            context.RetryMessage = $"Please tell me a bit more (attempt {context.AttemptCount}).";
            return Task.FromResult(context.Recognized.Value!.Length >= 10);
        });

        await PromptHarness.Flow(prompt, PromptOptions.Ask("What happened?"), r => $"answer: {r}")
            .Send("hi").AssertReply("What happened?")
            .Send("bad").AssertReply("Please tell me a bit more (attempt 1).")
            .Send("The delivery came two days late.").AssertReply("answer: The delivery came two days late.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_does_not_repeat_the_question_when_the_validator_answered_itself()
    {
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            await context.Context.SendActivityAsync("That looks like a number, not a company.", cancellationToken: ct);
            return false;
        });

        await PromptHarness.Flow(prompt, PromptOptions.Ask("Which company?", "Which company, again?"), r => $"{r}")
            .Send("hi").AssertReply("Which company?")
            .Send("42").AssertReply("That looks like a number, not a company.").AssertNoReply()
            .StartTestAsync();
    }
}
