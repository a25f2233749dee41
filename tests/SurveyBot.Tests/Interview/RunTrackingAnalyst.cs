using SurveyBot.Interview;

namespace SurveyBot.Tests.Interview;

/// <summary>The real analyst, noting which runs it analysed and which it was told are over.</summary>
internal sealed class RunTrackingAnalyst(IInterviewAnalyst inner) : IInterviewAnalyst
{
    private readonly List<string> _analysed = [];
    private readonly List<string> _ended = [];

    public IReadOnlyList<string> Analysed => _analysed;

    public IReadOnlyList<string> Ended => _ended;

    public ExperienceSummary Summarise(string runId, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps)
    {
        _analysed.Add(runId);
        return inner.Summarise(runId, answers, storySteps);
    }

    public string Compare(string runId, IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second, IReadOnlyDictionary<string, string?> storySteps)
    {
        _analysed.Add(runId);
        return inner.Compare(runId, first, second, storySteps);
    }

    public void EndRun(string runId)
    {
        _ended.Add(runId);
        inner.EndRun(runId);
    }
}
