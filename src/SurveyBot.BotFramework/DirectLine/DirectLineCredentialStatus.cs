namespace SurveyBot.BotFramework.DirectLine;

/// <summary>What a presented Direct Line credential is worth.</summary>
public enum DirectLineCredentialStatus
{
    /// <summary>Missing, malformed or wrongly signed.</summary>
    Invalid,

    /// <summary>Well signed but past its expiry.</summary>
    Expired,

    /// <summary>Usable.</summary>
    Valid,
}
