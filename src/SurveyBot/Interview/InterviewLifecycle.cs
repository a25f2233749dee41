using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.Commands;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// The run around the script's dialog: greeting, a returning respondent's resume-or-start-again,
/// a pinned version that is gone, restart, stop and declined consent.
/// </summary>
internal sealed class InterviewLifecycle(ScriptDialogFactory factory, InterviewStore store)
{
    private static readonly Choice[] ResumeChoices =
    [
        new("Resume") { Synonyms = ["resume", "continue", "carry on", "pick up", "yes"] },
        new("Start again") { Synonyms = ["restart", "new", "start over", "afresh", "no"] },
    ];

    public async Task<DialogContext> ContextAsync(InterviewTurn turn, InterviewScript? script) =>
        await factory.CreateSet(script).CreateContextAsync(turn.Context, turn.CancellationToken);

    public async Task BeginAsync(InterviewTurn turn)
    {
        turn.State.Greeted = true;
        var pointer = await store.PointerAsync(turn.Context, turn.CancellationToken);
        if (pointer is not null && pointer.ConversationId != turn.ConversationId)
        {
            var script = turn.Services.Catalog.Current(pointer.ScriptId) ?? DefaultScript(turn);
            await turn.SayAsync(script.Greeting ?? "Hi!");
            var dc = await FreshContextAsync(turn, null);
            await dc.BeginDialogAsync(ScriptDialogFactory.ResumeId, InterviewMessages.Question(
                ScriptDialogFactory.ResumeId, "choice", "Welcome back! You have an unfinished interview. Would you like to pick up where you left off, or start again?", ResumeChoices, "Would you like to resume your unfinished interview, or start again?"), turn.CancellationToken);
            return;
        }

        await StartRunAsync(turn, DefaultScript(turn), greet: true);
    }

    public async Task StartRunAsync(InterviewTurn turn, InterviewScript script, bool greet)
    {
        turn.RecordSent();
        turn.State = new InterviewState { Greeted = true, ScriptId = script.Id, ScriptHash = script.ContentHash, Status = InterviewStatus.InProgress };
        turn.RestartTranscript([]);
        InterviewLog.Started(turn.Services.Logger, script.Id, script.ContentHash, turn.ConversationId);
        if (greet && script.Greeting is { } greeting)
        {
            await turn.SayAsync(greeting);
        }

        var dc = await FreshContextAsync(turn, script);
        await dc.BeginDialogAsync(ScriptDialog.IdOf(script), null, turn.CancellationToken);
    }

    public static async Task OnVersionGoneAsync(InterviewTurn turn, DialogContext dc)
    {
        InterviewLog.VersionGone(turn.Services.Logger, turn.State.ScriptId, turn.State.ScriptHash, turn.ConversationId);
        await dc.CancelAllDialogsAsync(turn.CancellationToken);
        await turn.SayAsync("Sorry, this interview has changed since you started it, and I can no longer continue the old version.");
        await dc.BeginDialogAsync(ScriptDialogFactory.StartAgainId, InterviewMessages.Question(
            ScriptDialogFactory.StartAgainId, "confirm", "Would you like to start again with the new version?", retry: "Yes or no: shall we start again with the new version?"), turn.CancellationToken);
    }

    public async Task OnStartAgainAnswerAsync(InterviewTurn turn, DialogContext dc, InterviewCommand command)
    {
        var yes = command switch
        {
            InterviewCommand.Restart => true,
            InterviewCommand.Stop => false,
            _ => (await dc.ContinueDialogAsync(turn.CancellationToken)).Result as bool?,
        };
        if (yes is true)
        {
            await StartRunAsync(turn, turn.Services.Catalog.Current(turn.State.ScriptId) ?? DefaultScript(turn), greet: false);
        }
        else if (yes is false)
        {
            await turn.SayAsync("OK, goodbye, and thank you for your time.");
            turn.State.Status = InterviewStatus.Ended;
            turn.DeleteInterview = true;
        }
    }

    public async Task RestartAsync(InterviewTurn turn, InterviewScript script)
    {
        await turn.SayAsync("Sure, let's start again from the top.");
        await StartRunAsync(turn, turn.Services.Catalog.Current(script.Id) ?? script, greet: false);
    }

    public static async Task StopAsync(InterviewTurn turn)
    {
        InterviewLog.Stopped(turn.Services.Logger, turn.ConversationId, turn.State.CurrentStepId ?? "");
        await turn.SayAsync("No problem, we'll stop here, and I won't save anything more. Thanks for your time. Goodbye!");
        turn.State.Status = InterviewStatus.Ended;
        turn.State.CurrentStepId = null;
        turn.DeleteInterview = true;
    }

    public static async Task<DialogTurnResult> DeclineAsync(WaterfallStepContext step, InterviewTurn turn)
    {
        InterviewLog.Declined(turn.Services.Logger, turn.ConversationId);
        await turn.SayAsync("That's completely fine. I haven't stored anything. Thank you, and goodbye!");
        turn.State.Status = InterviewStatus.Ended;
        turn.DeleteInterview = true;
        return await step.EndDialogAsync(null, turn.CancellationToken);
    }

    private async Task<DialogContext> FreshContextAsync(InterviewTurn turn, InterviewScript? script)
    {
        await store.Dialogs.SetAsync(turn.Context, new DialogState(), turn.CancellationToken);
        return await ContextAsync(turn, script);
    }

    public static InterviewScript DefaultScript(InterviewTurn turn) =>
        turn.Services.Catalog.Current(turn.Services.Options.DefaultScript)
        ?? throw new InvalidOperationException($"The default interview script '{turn.Services.Options.DefaultScript}' is not among the loaded scripts.");
}
