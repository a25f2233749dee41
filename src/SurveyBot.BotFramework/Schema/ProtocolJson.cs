using System.Text.Json;

namespace SurveyBot.BotFramework.Schema;

/// <summary>
/// The JSON conventions of the Bot Framework protocol: camelCase names, null fields omitted,
/// unknown fields preserved. Use these options (or <see cref="ProtocolJsonContext"/>) for every
/// protocol object that crosses the wire or goes into storage.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Serializer options backed by the source-generated <see cref="ProtocolJsonContext"/>.</summary>
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    /// <summary>Serialises an activity.</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

    /// <summary>Serialises an activity to UTF-8 bytes.</summary>
    public static byte[] SerializeToUtf8Bytes(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

    /// <summary>Parses an activity; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity) ?? throw new JsonException("The body is JSON null, not an activity.");

    /// <summary>Parses an activity from UTF-8 JSON; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, ProtocolJsonContext.Default.Activity) ?? throw new JsonException("The body is JSON null, not an activity.");
}
