using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyBot.Insights;

/// <summary>
/// Serialises analyses to the contract JSON (camelCase, nulls kept, lists as arrays), for the command line,
/// exports and the summary activity's channel data.
/// </summary>
public static class ExperienceAnalysisJson
{
    // Nodes and elements are read, not shown: indenting them on the way would only cost time.
    private static readonly InsightsJsonContext Compact = new(new JsonSerializerOptions(InsightsJsonContext.Default.Options) { WriteIndented = false });

    /// <summary>The analysis as indented contract JSON.</summary>
    /// <param name="analysis">The analysis to serialise.</param>
    public static string Serialize(ExperienceAnalysis analysis) =>
        JsonSerializer.Serialize(analysis, InsightsJsonContext.Default.ExperienceAnalysis);

    /// <summary>The comparison as indented JSON in the same naming style.</summary>
    /// <param name="comparison">The comparison to serialise.</param>
    public static string Serialize(ExperienceComparison comparison) =>
        JsonSerializer.Serialize(comparison, InsightsJsonContext.Default.ExperienceComparison);

    /// <summary>The analysis as a JSON node, e.g. for <c>channelData.surveyAnalysis</c>.</summary>
    /// <param name="analysis">The analysis to convert.</param>
    public static JsonNode ToJsonNode(ExperienceAnalysis analysis) =>
        JsonSerializer.SerializeToNode(analysis, Compact.ExperienceAnalysis)!;

    /// <summary>The analysis as a read-only JSON element, which any number of threads may read at once.</summary>
    /// <param name="analysis">The analysis to convert.</param>
    public static JsonElement ToJsonElement(ExperienceAnalysis analysis) =>
        JsonSerializer.SerializeToElement(analysis, Compact.ExperienceAnalysis);

    /// <summary>Reads contract JSON back into an analysis.</summary>
    /// <param name="json">Contract JSON.</param>
    /// <exception cref="JsonException">The JSON does not have the contract's shape.</exception>
    public static ExperienceAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize(json, InsightsJsonContext.Default.ExperienceAnalysis)
            ?? throw new JsonException("The JSON is null, not an analysis object.");
}
