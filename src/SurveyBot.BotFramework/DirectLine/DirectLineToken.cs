namespace SurveyBot.BotFramework.DirectLine;

/// <summary>A token issued for one conversation.</summary>
/// <param name="Token">The bearer token.</param>
/// <param name="ConversationId">The conversation it opens.</param>
/// <param name="UserId">The user it speaks for.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record DirectLineToken(string Token, string ConversationId, string UserId, int ExpiresIn);
