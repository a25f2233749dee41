using System.Text.Json;
using System.Text.Json.Serialization;
using SurveyBot.Insights.Responses;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>Source-generated JSON for everything the interview keeps in storage.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(InterviewState))]
[JsonSerializable(typeof(InterviewPointer))]
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(List<TranscriptEntry>))]
[JsonSerializable(typeof(ArchivedScript))]
public sealed partial class InterviewJsonContext : JsonSerializerContext;
