using BenchmarkDotNet.Attributes;
using SurveyBot.Insights;

namespace SurveyBot.Benchmarks.Insights;

/// <summary>Steady-state cost of analysing a 300-word story with a warm analyser (target: median at most 2 ms).</summary>
[MemoryDiagnoser]
public class ExperienceAnalyzerBenchmarks
{
    private readonly ExperienceAnalyzer _analyzer = new();

    [GlobalSetup]
    public void WarmUp() => _analyzer.Analyze(BenchmarkStory.Text);

    [Benchmark]
    public ExperienceAnalysis AnalyzeStory() => _analyzer.Analyze(BenchmarkStory.Text);

    [Benchmark]
    public string AnalyzeAndSerialise() => ExperienceAnalysisJson.Serialize(_analyzer.Analyze(BenchmarkStory.Text));
}
