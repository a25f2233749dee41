namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// An inbound request is not from the Bot Connector service (or the Emulator) for this bot. The
/// message says why in words safe to return to the caller: it never contains the token.
/// </summary>
public sealed class BotAuthenticationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotAuthenticationException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public BotAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the failure behind it.</summary>
    public BotAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
