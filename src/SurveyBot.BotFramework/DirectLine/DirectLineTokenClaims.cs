using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>The claims a Direct Line token carries, as the JSON payload of a JWT.</summary>
/// <param name="ConversationId">The one conversation the token opens.</param>
/// <param name="UserId">The user the token speaks for; Web Chat reads it as its user id.</param>
/// <param name="IssuedAt">Issue time, in seconds since the Unix epoch.</param>
/// <param name="ExpiresAt">Expiry time, in seconds since the Unix epoch.</param>
public sealed record DirectLineTokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt);
