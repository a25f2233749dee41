namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// The bot's identity and the Bot Framework endpoints it trusts, bound from the configuration
/// keys every Bot Framework bot uses (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>). Without an app id, authentication
/// is off: requests without a token are accepted and replies carry no token, as with the Emulator.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary>The public cloud's OpenID metadata for tokens the Bot Connector service issues.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra ID metadata for tokens the Emulator obtains with the bot's own credentials.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>The scope of the token the bot presents to channels.</summary>
    public const string DefaultToChannelFromBotScope = "https://api.botframework.com/.default";

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's Microsoft App ID (Entra client id); empty turns authentication off.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used to obtain tokens for replies.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's tenant (single-tenant bots).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the Bot Connector service's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Where the signing keys of Emulator (Entra ID) tokens are published.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>
    /// The OAuth 2.0 token endpoint for replies; when unset, the <c>botframework.com</c> tenant's
    /// endpoint for multi-tenant bots and the bot's own tenant's endpoint for single-tenant bots.
    /// </summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The scope requested for the token sent with replies.</summary>
    public string ToChannelFromBotScope { get; set; } = DefaultToChannelFromBotScope;

    /// <summary>How far token lifetimes may be off because clocks differ.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>True when no app id is configured and requests without a token are accepted.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>True for a single-tenant bot.</summary>
    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token endpoint in effect.</summary>
    public string EffectiveTokenEndpoint => !string.IsNullOrWhiteSpace(TokenEndpoint)
        ? TokenEndpoint
        : string.Concat(
            "https://login.microsoftonline.com/",
            IsSingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? MicrosoftAppTenantId : "botframework.com",
            "/oauth2/v2.0/token");
}
