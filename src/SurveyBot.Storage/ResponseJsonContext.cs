using System.Text.Json.Serialization;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage;

/// <summary>Source-generated JSON for the parts of a response stored as documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(List<TranscriptEntry>))]
[JsonSerializable(typeof(IReadOnlyList<TranscriptEntry>))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext;
