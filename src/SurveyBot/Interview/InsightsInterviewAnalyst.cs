using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.Insights;

namespace SurveyBot.Interview;

/// <summary>Analyses interviews with the insights engine and renders its playback.</summary>
/// <remarks>
/// The same answers are analysed at the summary and again for the saved response a turn or two
/// later, and analysis is by far the dearest part of a turn, so the latest analyses are kept by
/// their run and answers. The engine is deterministic: a kept analysis is the one it would give
/// again. An analysis is reused within its run only: different respondents' answers never match,
/// except in load tests, whose conversations all give the same answers and would then measure
/// turns without the analysis that real traffic pays for.
/// </remarks>
public sealed class InsightsInterviewAnalyst(ExperienceAnalyzer analyzer) : IInterviewAnalyst
{
    // Enough for the interviews finishing at once; past it the cache starts afresh.
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<string, Analysed> _recent = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ExperienceSummary Summarise(string runId, IReadOnlyDictionary<string, string> answers)
    {
        var analysed = Analyse(runId, answers);

        // Each caller gets its own object over the shared, read-only element: it may be changed or
        // put into another document, and nodes are not safe to read from several threads at once.
        return new ExperienceSummary(JsonObject.Create(analysed.Json)!, analysed.Text);
    }

    /// <inheritdoc />
    public string Compare(string runId, IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        AnalysisTextRenderer.Render(analyzer.Compare(Analyse(runId, first).Analysis, Analyse(runId, second).Analysis));

    private Analysed Analyse(string runId, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(answers);
        var key = KeyOf(runId, answers);
        if (_recent.TryGetValue(key, out var analysed))
        {
            return analysed;
        }

        var analysis = analyzer.AnalyzeInterview(answers);
        analysed = new Analysed(analysis, ExperienceAnalysisJson.ToJsonElement(analysis), AnalysisTextRenderer.Render(analysis));
        if (_recent.Count >= Capacity)
        {
            _recent.Clear();
        }

        _recent[key] = analysed;
        return analysed;
    }

    private static string KeyOf(string runId, IReadOnlyDictionary<string, string> answers)
    {
        var key = new StringBuilder().Append(runId.Length).Append(':').Append(runId);
        foreach (var (stepId, answer) in answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            // Lengths first, so no answer's text can pass for a separator.
            key.Append(stepId.Length).Append(':').Append(stepId).Append(answer.Length).Append(':').Append(answer);
        }

        return key.ToString();
    }

    private sealed record Analysed(ExperienceAnalysis Analysis, JsonElement Json, string Text);
}
