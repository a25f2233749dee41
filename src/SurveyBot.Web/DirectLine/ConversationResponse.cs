using System.Text.Json.Serialization;

namespace SurveyBot.Web.DirectLine;

/// <summary>Direct Line's Conversation object: what tokens/generate, tokens/refresh and conversations return.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
