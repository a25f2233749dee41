using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SurveyBot.Insights;
using SurveyBot.Insights.Recognition;

namespace SurveyBot.Benchmarks.Insights;

/// <summary>
/// The first analysis in a fresh process, including lexicon loading and the number recogniser's start-up
/// (target: at most 1.5 s). Each launch is a new process and only its first call is measured.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class FirstAnalysisBenchmarks
{
    private readonly string _story = BenchmarkStory.Text;

    [Benchmark]
    public ExperienceAnalysis FirstAnalysisIncludingStartUp()
    {
        var analysis = new ExperienceAnalyzer().Analyze(_story);
        RatingRecognizer.WarmUp(); // the story may not hold a rating; make sure the recogniser's start-up is counted
        return analysis;
    }
}
