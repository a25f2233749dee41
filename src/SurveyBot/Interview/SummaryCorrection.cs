using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>A "no" to the summary: which part to change, then that step again, then the summary again.</summary>
internal static class SummaryCorrection
{
    public const string QuestionId = "fix-step";

    public static Task<DialogTurnResult> AskAsync(DialogContext dc, InterviewFlow flow, string text, CancellationToken ct)
    {
        var parts = FixableSteps(flow).Select(s => new Choice(s.Label ?? s.Id) { Synonyms = [s.Id] }).ToList();
        var options = InterviewMessages.Question(QuestionId, "choice", text, parts, "Sorry, which part? Please pick one of these.") with
        {
            // Labels are longer than most channels' buttons, but a list of buttons is still the quickest way to pick a part.
            Style = ListStyle.SuggestedAction,
        };
        return dc.BeginDialogAsync(StepQuestions.ChoicePromptId, options, ct);
    }

    public static async Task<DialogTurnResult> FixAsync(DialogContext dc, InterviewTurn turn, InterviewFlow flow, FoundChoice part, CancellationToken ct)
    {
        var target = FixableSteps(flow).First(s => (s.Label ?? s.Id) == part.Value);
        var said = flow.AnswersFor(target).GetValueOrDefault(target.Id);
        await turn.SayAsync(said is null ? "OK. You skipped this one before." : $"OK. Before, you said: \"{said}\".");
        return await ScriptDialog.RepositionAsync(dc, target.Id, again: true, ct);
    }

    private static List<ScriptStep> FixableSteps(InterviewFlow flow) =>
        [.. flow.Script.Steps.Where(s => s.Action == StepAction.None && s.Id != "consent" && flow.IsAnswered(s) && flow.IsAsked(s)
            && flow.Script.IndexOf(s.Id) < flow.Script.Steps.TakeWhile(t => t.Action != StepAction.Summary).Count())];
}
