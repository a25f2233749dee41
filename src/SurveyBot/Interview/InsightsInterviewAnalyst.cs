using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.Insights;

namespace SurveyBot.Interview;

/// <summary>Analyses interviews with the insights engine and renders its playback.</summary>
/// <remarks>
/// The same answers are analysed at the summary and again for the saved response a turn or two
/// later (with the confirmation among them, which the analysis does not read), and analysis is by
/// far the dearest part of a turn, so a run's analyses are kept by their answers until the run
/// ends. The engine is deterministic: a kept analysis is the one it would give again. An analysis
/// is reused within its run only: different respondents' answers never match, except in load
/// tests, whose conversations all give the same answers and would then measure turns without the
/// analysis that real traffic pays for. Nothing is kept past the end of a run, so a finished
/// interview's analysis neither outlives it in memory nor ages through the collector's generations
/// alongside the turns in flight.
/// </remarks>
public sealed class InsightsInterviewAnalyst(ExperienceAnalyzer analyzer) : IInterviewAnalyst
{
    // Runs left without an end (a respondent who just goes away) are forgotten all at once past this.
    private const int MaxRuns = 512;

    private readonly ConcurrentDictionary<string, RunAnalyses> _runs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ExperienceSummary Summarise(string runId, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps)
    {
        var analysed = Analyse(runId, answers, storySteps);

        // Each caller gets its own object over the shared, read-only element: it may be changed or
        // put into another document, and nodes are not safe to read from several threads at once.
        return new ExperienceSummary(JsonObject.Create(analysed.Json)!, analysed.Text);
    }

    /// <inheritdoc />
    public string Compare(string runId, IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second, IReadOnlyDictionary<string, string?> storySteps) =>
        AnalysisTextRenderer.Render(analyzer.Compare(Analyse(runId, first, storySteps).Analysis, Analyse(runId, second, storySteps).Analysis));

    /// <inheritdoc />
    public void EndRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        _runs.TryRemove(runId, out _);
    }

    private Analysed Analyse(string runId, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(storySteps);
        if (!_runs.TryGetValue(runId, out var run))
        {
            if (_runs.Count >= MaxRuns)
            {
                _runs.Clear();
            }

            run = _runs.GetOrAdd(runId, static _ => new RunAnalyses());
        }

        if (run.Find(answers, storySteps) is { } analysed)
        {
            return analysed;
        }

        var analysis = analyzer.AnalyzeInterview(answers, storySteps);
        analysed = new Analysed(analysis, ExperienceAnalysisJson.ToJsonElement(analysis), AnalysisTextRenderer.Render(analysis));
        run.Keep(answers, storySteps, analysed);
        return analysed;
    }

    // A run's turns come one at a time; the lock only keeps the list whole should two ever overlap.
    private sealed class RunAnalyses
    {
        // A run analyses one experience or two, and again after each correction; the oldest go first.
        private const int MaxKept = 8;

        private readonly List<(Dictionary<string, string> Answers, Analysed Analysed)> _kept = [];
        private readonly Lock _lock = new();

        public Analysed? Find(IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps)
        {
            lock (_lock)
            {
                foreach (var (kept, analysed) in _kept)
                {
                    if (SameAnalysedAnswers(kept, answers, storySteps))
                    {
                        return analysed;
                    }
                }

                return null;
            }
        }

        public void Keep(IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps, Analysed analysed)
        {
            var analysedAnswers = AnalysedAnswers(answers, storySteps).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            lock (_lock)
            {
                if (_kept.Count == MaxKept)
                {
                    _kept.RemoveAt(0);
                }

                _kept.Add((analysedAnswers, analysed));
            }
        }

        private static bool SameAnalysedAnswers(Dictionary<string, string> kept, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps)
        {
            var matched = 0;
            foreach (var (stepId, answer) in AnalysedAnswers(answers, storySteps))
            {
                if (!kept.TryGetValue(stepId, out var keptAnswer) || !string.Equals(keptAnswer, answer, StringComparison.Ordinal))
                {
                    return false;
                }

                matched++;
            }

            return matched == kept.Count;
        }

        // Only what the analysis reads: the summary's answers and the saved response's, which also
        // hold the confirmation and the choice to go on, then share one analysis.
        private static IEnumerable<KeyValuePair<string, string>> AnalysedAnswers(IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string?> storySteps) =>
            answers.Where(a => ExperienceAnalyzer.Reads(a.Key, storySteps));
    }

    private sealed record Analysed(ExperienceAnalysis Analysis, JsonElement Json, string Text);
}
