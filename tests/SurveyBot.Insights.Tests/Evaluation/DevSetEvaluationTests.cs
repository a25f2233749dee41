using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SurveyBot.Insights.Tests.Evaluation;

/// <summary>
/// Runs the analyser over the annotated development stories (shared/eval/dev, beside the repository) and fails
/// when the scores drop below the agreed floors, so a regression fails the build.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly ExperienceAnalyzer Analyzer = new();

    [Fact]
    public void Dev_set_scores_stay_above_the_agreed_floors()
    {
        var dir = DevSetDirectory();
        var scorer = new EvaluationScorer();
        foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            var c = JsonNode.Parse(File.ReadAllText(file))!;
            var predicted = ExperienceAnalysisJson.ToJsonNode(Analyzer.Analyze(c["story"]!.GetValue<string>()));
            scorer.Add(c["id"]!.GetValue<string>(), c["gold"]!, predicted);
        }

        scorer.Differences.ForEach(output.WriteLine);
        output.WriteLine($"tp_f1={scorer.F1("tp"):F2} feel_f1={scorer.F1("feel"):F2} pain_f1={scorer.F1("pain"):F2} mot_f1={scorer.F1("mot"):F2} polarity_acc={scorer.PolarityAccuracy:F2}");
        Assert.True(scorer.F1("tp") >= 0.80, $"touchpoint F1 {scorer.F1("tp"):F3} < 0.80");
        Assert.True(scorer.F1("feel") >= 0.75, $"feeling F1 {scorer.F1("feel"):F3} < 0.75");
        Assert.True(scorer.F1("pain") >= 0.80, $"pain-point F1 {scorer.F1("pain"):F3} < 0.80");
        Assert.True(scorer.F1("mot") >= 0.65, $"moment-of-truth F1 {scorer.F1("mot"):F3} < 0.65");
        Assert.True(scorer.PolarityAccuracy >= 0.90, $"polarity accuracy {scorer.PolarityAccuracy:F3} < 0.90");
    }

    // The repository is cloned with shared/ beside it: <repo>/../shared/eval/dev.
    private static string DevSetDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SurveyBot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.True(dir is not null, "SurveyBot.sln not found above the test output directory");
        var dev = Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "eval", "dev"));
        Assert.True(Directory.Exists(dev), $"evaluation cases not found at {dev}; clone shared/ beside the repository");
        return dev;
    }
}
