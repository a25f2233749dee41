using System.Text.Json;
using System.Text.Json.Serialization;
using SurveyBot.Web.DirectLine;

namespace SurveyBot.Web;

/// <summary>Source-generated JSON for the host's own request and response bodies.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(DirectLineError))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
