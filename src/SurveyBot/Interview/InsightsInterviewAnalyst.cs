using SurveyBot.Insights;

namespace SurveyBot.Interview;

/// <summary>Analyses interviews with the insights engine and renders its playback.</summary>
public sealed class InsightsInterviewAnalyst(ExperienceAnalyzer analyzer) : IInterviewAnalyst
{
    /// <inheritdoc />
    public ExperienceSummary Summarise(IReadOnlyDictionary<string, string> answers)
    {
        var analysis = analyzer.AnalyzeInterview(answers);
        return new ExperienceSummary(ExperienceAnalysisJson.ToJsonNode(analysis).AsObject(), AnalysisTextRenderer.Render(analysis));
    }

    /// <inheritdoc />
    public string Compare(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        AnalysisTextRenderer.Render(analyzer.Compare(analyzer.AnalyzeInterview(first), analyzer.AnalyzeInterview(second)));
}
