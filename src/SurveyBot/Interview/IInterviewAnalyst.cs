namespace SurveyBot.Interview;

/// <summary>Analyses the answers of an interview: what the summary plays back and responses keep.</summary>
public interface IInterviewAnalyst
{
    /// <summary>
    /// Analyses one experience of the run <paramref name="runId"/> from its answers by step id, with
    /// the script's own story steps (<see cref="Scripts.InterviewScript.StorySteps"/>).
    /// </summary>
    ExperienceSummary Summarise(string runId, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps);

    /// <summary>Compares and contrasts two experiences of the run <paramref name="runId"/>, as text for the respondent.</summary>
    string Compare(string runId, IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second, IReadOnlyDictionary<string, string?> storySteps);

    /// <summary>
    /// The run <paramref name="runId"/> is over (completed, stopped or left for a new one): nothing
    /// analyses its answers again, so whatever was kept to do so can go.
    /// </summary>
    void EndRun(string runId);
}
