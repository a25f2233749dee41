using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>What a step's answer does: consent, the probe of a thin answer, the summary's save or correction, a second experience.</summary>
internal static class StepAnswers
{
    public static async Task<DialogTurnResult> TakeAsync(WaterfallStepContext c, InterviewScript script, ScriptStep step, CancellationToken ct)
    {
        // A prompt that ended without a value was satisfied by its validator: the step's recognizer reads the text.
        var value = StepQuestions.Answer(c.Result) ?? (c.Reason == DialogReason.EndCalled ? PolarityValidator.Answer(step, c.Context.Activity.Text) : null);
        if (value is null)
        {
            return await c.NextAsync(null, ct);
        }

        var turn = InterviewTurn.Of(c.Context);
        var state = turn.State;
        var flow = new InterviewFlow(script, state);
        if (step.Id == "consent" && step.Kind == StepKind.Confirm)
        {
            if (value == "no")
            {
                return await InterviewLifecycle.DeclineAsync(c, turn);
            }

            state.StartedAt = turn.Services.Time.GetUtcNow();
            await turn.Services.Catalog.ArchiveAsync(script, turn.Services.Storage, ct);
        }

        if (step.Action == StepAction.Summary && value == "no")
        {
            return await SummaryCorrection.AskAsync(c.DialogContext, flow, "No problem, let's fix it. Which part should I change?", ct);
        }

        flow.AnswersFor(step)[step.Id] = value;
        state.History.Add(StepCommands.HistoryEntry(state.ExperienceIndex, step.Id));
        if (step.Probe is { } probe && value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < probe.MinWords)
        {
            return await c.PromptAsync(StepQuestions.TextPromptId, InterviewMessages.Question(step.Id + ":probe", "text", probe.Prompt), ct);
        }

        if (step.Action == StepAction.Summary)
        {
            await ExperienceRecorder.SaveAsync(turn, flow, state.ExperienceIndex);
        }

        if (step.Action == StepAction.Repeat && value == "yes" && state.Experiences.Count < 2)
        {
            state.Experiences.Add([]);
            state.Compared = false;
            await turn.SayAsync("Great, let's hear about the other one.");
            return await ScriptDialog.RepositionAsync(c.DialogContext, step.RepeatFrom!, again: false, ct);
        }

        return await c.NextAsync(null, ct);
    }

    public static async Task<DialogTurnResult> TakeFollowUpAsync(WaterfallStepContext c, InterviewScript script, ScriptStep step, CancellationToken ct)
    {
        var turn = InterviewTurn.Of(c.Context);
        var flow = new InterviewFlow(script, turn.State);
        switch (c.Result)
        {
            case string more:
                var answers = flow.AnswersFor(step);
                answers[step.Id] = answers.TryGetValue(step.Id, out var first) && first is not null ? first.TrimEnd('.', ' ') + ". " + more : more;
                return await c.NextAsync(null, ct);
            case FoundChoice part:
                return await SummaryCorrection.FixAsync(c.DialogContext, turn, flow, part, ct);
            default:
                return await c.NextAsync(null, ct);
        }
    }
}
