using System.Globalization;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.Commands;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// One version of a script as a dialog: a waterfall of three steps per script step (ask it, take
/// the answer, take the follow-up: a probe or which part of the summary to fix) over the runtime's
/// prompts. Help, back and skip interrupt before the active prompt sees the text.
/// </summary>
internal sealed class ScriptDialog : ComponentDialog
{
    public const string StepsId = "steps";
    private readonly InterviewScript _script;

    public ScriptDialog(InterviewScript script)
        : base(IdOf(script), StepsId)
    {
        _script = script;
        var steps = new WaterfallDialog(StepsId);
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var (step, index) = (script.Steps[i], i);
            steps.AddStep((c, ct) => AskAsync(c, step, index, ct))
                .AddStep((c, ct) => StepAnswers.TakeAsync(c, script, step, ct))
                .AddStep((c, ct) => StepAnswers.TakeFollowUpAsync(c, script, step, ct));
        }

        AddDialog(steps.AddStep(FinishAsync));
        foreach (var prompt in StepQuestions.CreatePrompts())
        {
            AddDialog(prompt);
        }
    }

    public static string IdOf(InterviewScript script) => $"{script.Id}@{script.ContentHash}";

    /// <summary>Starts the steps again at <paramref name="fromStepId"/>: asked again when <paramref name="again"/>, else only if still due.</summary>
    public static async Task<DialogTurnResult> RepositionAsync(DialogContext innerDc, string fromStepId, bool again, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, new JsonObject { ["from"] = fromStepId, ["again"] = again }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskStepAsync(DialogContext dc, InterviewTurn turn, InterviewFlow flow, ScriptStep step, bool playback)
    {
        turn.State.CurrentStepId = step.Id;
        var progress = "";
        if (step.Id != "consent")
        {
            var (position, total) = flow.Progress(step);
            progress = string.Create(CultureInfo.InvariantCulture, $" ({position} of {total})");
        }

        if (step.Action == StepAction.Summary && playback)
        {
            await ExperienceRecorder.PlayBackAsync(turn, flow);
        }

        return await dc.BeginDialogAsync(StepQuestions.PromptId(step), StepQuestions.Options(step, progress), turn.CancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var command = CommandRecognizer.Recognize(innerDc.Context.Activity.Text);
        return command is InterviewCommand.Help or InterviewCommand.Back or InterviewCommand.Skip
            ? await StepCommands.HandleAsync(innerDc, InterviewTurn.Of(innerDc.Context), _script, command)
            : await innerDc.ContinueDialogAsync(cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext c, ScriptStep step, int index, CancellationToken ct)
    {
        var turn = InterviewTurn.Of(c.Context);
        var flow = new InterviewFlow(_script, turn.State);
        var from = c.Options?["from"]?.GetValue<string>();
        var again = from == step.Id && c.Options?["again"]?.GetValue<bool>() == true;
        if (from is not null && index < _script.IndexOf(from))
        {
            return await c.NextAsync(null, ct);
        }

        if (!again)
        {
            if (!flow.IsAsked(step))
            {
                // A changed earlier answer can hide a step that was answered: its answer no longer applies.
                flow.AnswersFor(step).Remove(step.Id);
                return await c.NextAsync(null, ct);
            }

            if (flow.IsAnswered(step))
            {
                return await c.NextAsync(null, ct);
            }

            if (flow.IsAfterRepeat(step))
            {
                await ExperienceRecorder.CompareAsync(turn, flow);
            }
        }

        return await AskStepAsync(c.DialogContext, turn, flow, step, playback: !again);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext c, CancellationToken ct)
    {
        var turn = InterviewTurn.Of(c.Context);
        await ExperienceRecorder.CompleteAsync(turn, new InterviewFlow(_script, turn.State));
        return await c.EndDialogAsync(null, ct);
    }
}
