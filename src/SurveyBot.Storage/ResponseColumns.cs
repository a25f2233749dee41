using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage;

/// <summary>The JSON columns of a stored response, written and read the same way by every database.</summary>
internal static class ResponseColumns
{
    public static string Answers(InterviewResponse response) =>
        JsonSerializer.Serialize(response.Answers, ResponseJsonContext.Default.IReadOnlyDictionaryStringString);

    public static string? Analysis(InterviewResponse response) => response.Analysis?.ToJsonString();

    public static string Transcript(InterviewResponse response) =>
        response.Transcript is StoredTranscript stored
            ? Encoding.UTF8.GetString(stored.Utf8Json.Span)
            : JsonSerializer.Serialize(response.Transcript, ResponseJsonContext.Default.IReadOnlyListTranscriptEntry);

    public static IReadOnlyDictionary<string, string> ReadAnswers(string json) =>
        JsonSerializer.Deserialize(json, ResponseJsonContext.Default.DictionaryStringString) ?? [];

    public static JsonObject? ReadAnalysis(string? json) => json is null ? null : JsonNode.Parse(json)?.AsObject();

    public static IReadOnlyList<TranscriptEntry> ReadTranscript(string json) =>
        JsonSerializer.Deserialize(json, ResponseJsonContext.Default.ListTranscriptEntry) ?? [];
}
