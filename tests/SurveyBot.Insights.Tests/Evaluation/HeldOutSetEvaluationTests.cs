using Xunit.Abstractions;

namespace SurveyBot.Insights.Tests.Evaluation;

/// <summary>
/// Runs the analyser over the annotated stories in Stories/ (sectors and voices the development set lacks, never
/// used to write rules) and fails when the scores drop below the floors, so that a lexicon or rule change that
/// only suits the development set shows up as a regression here.
/// </summary>
public sealed class HeldOutSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly ExperienceAnalyzer Analyzer = new();

    [Fact]
    public void Held_out_set_scores_stay_above_the_floors()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Stories");
        Assert.True(Directory.EnumerateFiles(dir, "*.json").Any(), $"no held-out stories in {dir}");
        var scorer = EvaluationScorer.ScoreCases(dir, Analyzer);

        scorer.Differences.ForEach(output.WriteLine);
        output.WriteLine(scorer.Summary);
        Assert.True(scorer.F1("tp") >= 0.80, $"touchpoint F1 {scorer.F1("tp"):F3} < 0.80");
        Assert.True(scorer.F1("tppair") >= 0.62, $"touchpoint (category, sentiment) F1 {scorer.F1("tppair"):F3} < 0.62");
        Assert.True(scorer.F1("feel") >= 0.92, $"feeling F1 {scorer.F1("feel"):F3} < 0.92");
        Assert.True(scorer.F1("pain") >= 0.86, $"pain-point F1 {scorer.F1("pain"):F3} < 0.86");
        Assert.True(scorer.F1("mot") >= 0.77, $"moment-of-truth F1 {scorer.F1("mot"):F3} < 0.77");
        Assert.True(scorer.PolarityAccuracy >= 0.88, $"polarity accuracy {scorer.PolarityAccuracy:F3} < 0.88");
    }
}
