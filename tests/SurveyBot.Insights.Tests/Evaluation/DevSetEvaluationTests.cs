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
        var scorer = EvaluationScorer.ScoreCases(DevSetDirectory(), Analyzer);

        scorer.Differences.ForEach(output.WriteLine);
        output.WriteLine(scorer.Summary);
        Assert.True(scorer.F1("tp") >= 0.80, $"touchpoint F1 {scorer.F1("tp"):F3} < 0.80");
        Assert.True(scorer.F1("tppair") >= 0.66, $"touchpoint (category, sentiment) F1 {scorer.F1("tppair"):F3} < 0.66");
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
