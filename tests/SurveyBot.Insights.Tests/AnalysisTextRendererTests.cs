namespace SurveyBot.Insights.Tests;

public sealed class AnalysisTextRendererTests
{
    private static readonly ExperienceAnalyzer Analyzer = new();

    [Fact]
    public void Summary_lists_touchpoints_feelings_pains_and_moments_with_evidence()
    {
        var text = AnalysisTextRenderer.Render(Analyzer.Analyze(
            "I ordered a desk from Oakline. The courier was two days late and I was furious. I left a 1 star review."));

        Assert.Contains("Experience with Oakline", text, StringComparison.Ordinal);
        Assert.Contains("delivery", text, StringComparison.Ordinal);
        Assert.Contains("anger", text, StringComparison.Ordinal);
        Assert.Contains("time-effort", text, StringComparison.Ordinal);
        Assert.Contains("UMOT negative", text, StringComparison.Ordinal);
        Assert.Contains("\"The courier was two days late\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_summary_says_what_the_weaker_firm_should_change()
    {
        var comparison = Analyzer.Compare(
            Analyzer.Analyze("The support agent was rude and never called back."),
            Analyzer.Analyze("The staff were lovely and the meal was delicious."));

        var text = AnalysisTextRenderer.Render(comparison);

        Assert.Contains("What the first firm should change", text, StringComparison.Ordinal);
    }
}
