using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.Commands;

namespace SurveyBot.Interview;

/// <summary>
/// A respondent back in a new conversation with an interview unfinished elsewhere: resuming takes
/// over that conversation's answers and dialog stack; starting again begins a new run.
/// </summary>
internal sealed class ReturningRespondent(InterviewLifecycle lifecycle, InterviewStore store)
{
    public async Task OnAnswerAsync(InterviewTurn turn, DialogContext dc, InterviewCommand command)
    {
        if (command == InterviewCommand.ForgetMe)
        {
            await ForgetMeDialog.ForgetAsync(turn, store);
            return;
        }

        if (command == InterviewCommand.Stop)
        {
            await dc.CancelAllDialogsAsync(turn.CancellationToken);
            turn.State.Status = InterviewStatus.Ended;
            await turn.SayAsync("OK, goodbye! Your earlier answers are kept in case you want to come back.");
            return;
        }

        var resume = false;
        if (command != InterviewCommand.Restart)
        {
            var answer = await dc.ContinueDialogAsync(turn.CancellationToken);
            if (answer.Result is not FoundChoice choice)
            {
                return;
            }

            resume = choice.Index == 0;
        }

        var pointer = await store.PointerAsync(turn.Context, turn.CancellationToken);
        var (previous, dialogs, transcript) = pointer is null ? (null, null, []) : await store.TakeOverAsync(turn, pointer.ConversationId);
        if (resume && previous is { Status: InterviewStatus.InProgress } && dialogs is not null)
        {
            previous.Greeted = true;
            turn.State = previous;
            turn.RestartTranscript(transcript);
            var script = await turn.Services.Catalog.FindAsync(previous.ScriptId, previous.ScriptHash, turn.Services.Storage, turn.CancellationToken);
            if (script is null)
            {
                await InterviewLifecycle.OnVersionGoneAsync(turn, dc);
                return;
            }

            InterviewLog.Resumed(turn.Services.Logger, turn.ConversationId, pointer!.ConversationId);
            await turn.SayAsync("Welcome back! Let's carry on where you left off.");
            await store.Dialogs.SetAsync(turn.Context, dialogs, turn.CancellationToken);
            await (await lifecycle.ContextAsync(turn, script)).RepromptDialogAsync(turn.CancellationToken);
            return;
        }

        if (resume)
        {
            await turn.SayAsync("Sorry, I couldn't find your earlier answers, so let's start afresh.");
        }

        await lifecycle.StartRunAsync(turn, InterviewLifecycle.DefaultScript(turn), greet: false);
    }
}
