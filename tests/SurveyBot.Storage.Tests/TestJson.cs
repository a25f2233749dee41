using System.Text.Json;
using System.Text.Json.Serialization;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Tests;

// Web defaults, as the interview keeps its transcript in conversation state.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(List<TranscriptEntry>))]
internal sealed partial class TestJson : JsonSerializerContext;
