namespace SurveyBot.BotFramework.DirectLine;

/// <summary>Who presented a bearer credential, and what it was worth.</summary>
/// <param name="Status">Whether the credential is usable.</param>
/// <param name="IsSecret">True for the Direct Line secret, which opens every conversation.</param>
/// <param name="ConversationId">For a token, the one conversation it opens.</param>
/// <param name="UserId">For a token, the user it speaks for.</param>
public sealed record DirectLineCaller(DirectLineCredentialStatus Status, bool IsSecret, string? ConversationId, string? UserId)
{
    /// <summary>A missing or unreadable credential.</summary>
    public static DirectLineCaller Invalid { get; } = new(DirectLineCredentialStatus.Invalid, false, null, null);

    /// <summary>A token whose time is up.</summary>
    public static DirectLineCaller Expired { get; } = new(DirectLineCredentialStatus.Expired, false, null, null);

    /// <summary>The secret.</summary>
    public static DirectLineCaller Secret { get; } = new(DirectLineCredentialStatus.Valid, true, null, null);

    /// <summary>True when the caller may act in <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) =>
        Status == DirectLineCredentialStatus.Valid && (IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal));
}
