using System.Globalization;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.Commands;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>help, back and skip: they act on the question being asked, found on the dialog stack.</summary>
internal static class StepCommands
{
    private const string Buttons = "You can also type back, skip, restart, stop or forget me.";

    public static string HistoryEntry(int experience, string stepId) => string.Create(CultureInfo.InvariantCulture, $"{experience}:{stepId}");

    public static async Task<DialogTurnResult> HandleAsync(DialogContext innerDc, InterviewTurn turn, InterviewScript script, InterviewCommand command)
    {
        var ct = turn.CancellationToken;
        var flow = new InterviewFlow(script, turn.State);
        var step = script.FindStep(turn.State.CurrentStepId ?? "") ?? script.Steps[0];
        var question = innerDc.ActiveDialog is { } active ? PromptOptions.Of(active)?.ChannelData?["surveyStep"]?["id"]?.GetValue<string>() : null;
        var probing = question == step.Id + ":probe";
        var fixing = question == SummaryCorrection.QuestionId;
        switch (command)
        {
            case InterviewCommand.Help:
                var help = probing ? "I'd just like a little more detail on your last answer, in your own words. Type skip to move on."
                    : fixing ? "Pick the part of your story you'd like to change, and I'll ask it again."
                    : StepQuestions.Help(step);
                await turn.SayAsync(help + " " + Buttons);
                return await RepromptAsync(innerDc, ct);

            case InterviewCommand.Back:
                return await BackAsync(innerDc, turn, flow, step, probing);

            case InterviewCommand.Skip when probing:
                return await innerDc.EndDialogAsync(null, ct);

            case InterviewCommand.Skip when fixing:
                return await ScriptDialog.RepositionAsync(innerDc, step.Id, again: false, ct);

            case InterviewCommand.Skip when step.Optional:
                flow.AnswersFor(step)[step.Id] = null;
                turn.State.History.Add(HistoryEntry(turn.State.ExperienceIndex, step.Id));
                return await ScriptDialog.RepositionAsync(innerDc, step.Id, again: false, ct);

            default:
                await turn.SayAsync(step.Kind == StepKind.Confirm
                    ? "Sorry, this one can't be skipped: I need a yes or a no to go on."
                    : "Sorry, this one can't be skipped: I need an answer to go on. Type help if it's unclear.");
                return await RepromptAsync(innerDc, ct);
        }
    }

    private static async Task<DialogTurnResult> BackAsync(DialogContext innerDc, InterviewTurn turn, InterviewFlow flow, ScriptStep step, bool probing)
    {
        var state = turn.State;
        var ct = turn.CancellationToken;
        if (probing)
        {
            state.History.Remove(HistoryEntry(state.ExperienceIndex, step.Id));
            await turn.SayAsync("Sure, let's take that question again.");
            return await ScriptDialog.RepositionAsync(innerDc, step.Id, again: true, ct);
        }

        if (state.History.Count == 0)
        {
            await turn.SayAsync("This is the first question, so there's nothing to go back to.");
            return await RepromptAsync(innerDc, ct);
        }

        var entry = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        var separator = entry.IndexOf(':', StringComparison.Ordinal);
        if (int.Parse(entry[..separator], CultureInfo.InvariantCulture) < state.ExperienceIndex)
        {
            // Going back past the start of the second experience undoes it.
            state.Experiences.RemoveAt(state.ExperienceIndex);
            state.Compared = false;
        }

        var previous = flow.Script.FindStep(entry[(separator + 1)..]) ?? step;
        var said = flow.AnswersFor(previous).GetValueOrDefault(previous.Id);
        await turn.SayAsync(said is null
            ? "Sure, let's go back. You skipped this one before."
            : $"Sure, let's go back. Before, you said: \"{said}\". Your new answer will replace it.");
        return await ScriptDialog.RepositionAsync(innerDc, previous.Id, again: true, ct);
    }

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken ct)
    {
        await innerDc.RepromptDialogAsync(ct);
        return DialogTurnResult.Waiting;
    }
}
