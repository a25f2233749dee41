using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>Runs one prompt inside a waterfall whose next step reports the answer as text.</summary>
internal static class PromptHarness
{
    public static TestFlow Flow(Dialog prompt, PromptOptions options, Func<object?, string> describe, TestAdapter? adapter = null)
    {
        var waterfall = new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = step.TryGetResult<PromptFailure>(out var failure)
                    ? $"gave up after {failure.Attempts}"
                    : describe(step.Result);
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        var root = new ComponentDialog("root", "ask").AddDialog(waterfall).AddDialog(prompt);
        return new TestFlow(adapter ?? new TestAdapter(), new DialogTestBot(root));
    }
}
