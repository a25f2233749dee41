using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.Schema;

/// <summary>
/// Writes <c>timestamp</c> and <c>expiration</c> in UTC with an explicit <c>Z</c>, as the Activity
/// schema requires (A2043, A3090); the default converter would write <c>+00:00</c> or a local offset.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
