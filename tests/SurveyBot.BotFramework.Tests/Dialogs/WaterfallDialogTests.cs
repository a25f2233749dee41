using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    internal static ComponentDialog CompanyAndRating()
    {
        var waterfall = new WaterfallDialog("survey", [
            (step, ct) => step.PromptAsync("text", PromptOptions.Ask("Which company?"), ct),
            async (step, ct) =>
            {
                step.Values.SetValue("company", step.ResultAs<string>());
                return await step.PromptAsync("rating", PromptOptions.Ask("Rate it from 1 to 5"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Values.GetString("company")} rated {step.ResultAs<int>()}, step {step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        return new ComponentDialog("root", "survey")
            .AddDialog(waterfall)
            .AddDialog(new TextPrompt("text"))
            .AddDialog(new NumberPrompt<int>("rating"));
    }

    [Fact]
    public async Task Waterfall_passes_each_answer_to_the_next_step_and_keeps_values()
    {
        var flow = new TestFlow(new TestAdapter(), new DialogTestBot(CompanyAndRating()));

        await flow
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("Rate it from 1 to 5")
            .Send("4").AssertReply("Contoso rated 4, step 2")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_resumes_at_the_same_step_in_a_fresh_bot_sharing_the_storage()
    {
        var storage = new MemoryStorage();
        await new TestFlow(new TestAdapter(), new DialogTestBot(CompanyAndRating(), storage))
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("Rate it from 1 to 5")
            .StartTestAsync();

        // A restarted process: new dialogs, bot and adapter; only the storage survives.
        await new TestFlow(new TestAdapter(), new DialogTestBot(CompanyAndRating(), storage))
            .Send("five").AssertReply("Contoso rated 5, step 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_next_skips_to_the_following_step_without_waiting()
    {
        var waterfall = new WaterfallDialog("w", [
            (step, ct) => step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.ResultAs<string>()} in step {step.Index} because {step.Reason}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        await new TestFlow(new TestAdapter(), new DialogTestBot(waterfall))
            .Send("hi").AssertReply("got skipped in step 1 because NextCalled")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_rejects_options_that_could_not_survive_a_restart()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("w", [(step, ct) => step.EndDialogAsync(cancellationToken: ct)]));
        var adapter = new TestAdapter();
        var dc = new DialogContext(dialogs, new TurnContext(adapter.MakeMessage("hi")), new DialogState());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("w", new { Company = "Contoso" }));

        Assert.Contains("pass a JsonNode", error.Message, StringComparison.Ordinal);
    }
}
