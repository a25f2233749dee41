using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    /// <summary>An interview that lets the user say "cancel" at any question, as the samples' CancelAndHelpDialog does.</summary>
    private sealed class CancellableInterview : ComponentDialog
    {
        public CancellableInterview()
            : base("interview", "steps")
        {
            AddDialog(new WaterfallDialog("steps", [
                (step, ct) => step.PromptAsync("text", PromptOptions.Ask("Which company?"), ct),
                (step, ct) => step.PromptAsync("text", PromptOptions.Ask($"What happened with {step.ResultAs<string>()}?"), ct),
                (step, ct) => step.EndDialogAsync($"story: {step.ResultAs<string>()}", ct),
            ]));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Context.Activity.Text == "cancel")
            {
                await innerDc.Context.SendActivityAsync("Interview cancelled.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>Runs the interview and reports how it ended.</summary>
    private static WaterfallDialog Outer() => new("outer", [
        (step, ct) => step.BeginDialogAsync("interview", cancellationToken: ct),
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"interview ended with {step.Result ?? "nothing"}", cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        },
    ]);

    private static TestFlow Flow() =>
        new(new TestAdapter(), new DialogTestBot(new ComponentDialog("root", "outer").AddDialog(Outer()).AddDialog(new CancellableInterview())));

    [Fact]
    public async Task Component_dialog_runs_its_inner_dialogs_and_ends_with_their_result()
    {
        await Flow()
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("What happened with Contoso?")
            .Send("Late delivery").AssertReply("interview ended with story: Late delivery")
            .StartTestAsync();
    }

    [Fact]
    public async Task Component_dialog_can_cancel_its_inner_dialogs_from_an_interruption()
    {
        await Flow()
            .Send("hi").AssertReply("Which company?")
            .Send("cancel").AssertReply("Interview cancelled.").AssertReply("interview ended with nothing")
            .StartTestAsync();
    }

    [Fact]
    public void Component_dialog_requires_an_initial_dialog_id()
    {
        Assert.Throws<ArgumentException>(() => new ComponentDialog("root", ""));
    }

    [Fact]
    public async Task Component_dialog_says_which_initial_dialog_is_missing()
    {
        var dialogs = new DialogSet().Add(new ComponentDialog("root", "missing"));
        var dc = new DialogContext(dialogs, new TurnContext(new TestAdapter().MakeMessage("hi")), new DialogState());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("root"));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }
}
