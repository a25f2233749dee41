using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.Insights;

namespace SurveyBot.Interview;

/// <summary>Analyses interviews with the insights engine and renders its playback.</summary>
/// <remarks>
/// The same answers are analysed at the summary and again for the saved response a turn or two
/// later (with the confirmation among them, which the analysis does not read), and analysis is by far the dearest part of a turn, so a run's analyses are kept by their
/// answers until the run ends. The engine is deterministic: a kept analysis is the one it would give
/// again. An analysis is reused within its run only: different respondents' answers never match,
/// except in load tests, whose conversations all give the same answers and would then measure
/// turns without the analysis that real traffic pays for. Nothing is kept past the end of a run, so
/// a finished interview's analysis neither outlives it in memory nor ages through the collector's
/// generations alongside the turns in flight.
/// </remarks>
public sealed class InsightsInterviewAnalyst(ExperienceAnalyzer analyzer) : IInterviewAnalyst
{
    // Runs left without an end (a respondent who just goes away) are forgotten all at once past this.
    private const int MaxRuns = 512;

    private readonly ConcurrentDictionary<string, RunAnalyses> _runs = new(StringComparer.Ordinal);

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

    /// <inheritdoc />
    public void EndRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        _runs.TryRemove(runId, out _);
    }

    private Analysed Analyse(string runId, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(answers);
        var key = KeyOf(answers);
        if (!_runs.TryGetValue(runId, out var run))
        {
            if (_runs.Count >= MaxRuns)
            {
                _runs.Clear();
            }

            run = _runs.GetOrAdd(runId, static _ => new RunAnalyses());
        }

        if (run.TryGet(key) is { } analysed)
        {
            return analysed;
        }

        var analysis = analyzer.AnalyzeInterview(answers);
        analysed = new Analysed(analysis, ExperienceAnalysisJson.ToJsonElement(analysis), AnalysisTextRenderer.Render(analysis));
        run.Keep(key, analysed);
        return analysed;
    }

    private static string KeyOf(IReadOnlyDictionary<string, string> answers)
    {
        var key = new StringBuilder();
        // Only what the analysis reads: the summary's answers and the saved response's, which also
        // hold the confirmation and the choice to go on, then share one analysis.
        var analysed = answers.Where(a => ExperienceAnalyzer.AnalysedStepIds.Contains(a.Key));
        foreach (var (stepId, answer) in analysed.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            // Lengths first, so no answer's text can pass for a separator.
            key.Append(stepId.Length).Append(':').Append(stepId).Append(answer.Length).Append(':').Append(answer);
        }

        return key.ToString();
    }

    // A run's turns come one at a time, but a run can be ended while a turn of it still analyses.
    private sealed class RunAnalyses
    {
        private readonly Dictionary<string, Analysed> _byAnswers = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public Analysed? TryGet(string key)
        {
            lock (_lock)
            {
                return _byAnswers.GetValueOrDefault(key);
            }
        }

        public void Keep(string key, Analysed analysed)
        {
            lock (_lock)
            {
                _byAnswers[key] = analysed;
            }
        }
    }

    private sealed record Analysed(ExperienceAnalysis Analysis, JsonElement Json, string Text);
}
