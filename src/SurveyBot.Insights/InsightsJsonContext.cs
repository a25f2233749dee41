using System.Text.Json.Serialization;

namespace SurveyBot.Insights;

/// <summary>Source-generated serialisation of the analysis records in the contract's camelCase shape.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ExperienceAnalysis))]
[JsonSerializable(typeof(ExperienceComparison))]
[JsonSerializable(typeof(AnswerAnalysis))]
internal sealed partial class InsightsJsonContext : JsonSerializerContext;
