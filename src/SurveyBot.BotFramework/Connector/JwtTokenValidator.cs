using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// Checks that an inbound activity comes from the Bot Connector service for this bot, as the Bot
/// Connector authentication specification asks: a bearer JWT signed with a key from the
/// service's OpenID metadata, issued by <c>https://api.botframework.com</c> for this bot's app id,
/// within its lifetime, signed by a key endorsed for the activity's channel, and naming the
/// activity's service URL. Tokens the Emulator obtains from Entra ID with the bot's own
/// credentials are accepted too. With no app id configured, requests without a token pass.
/// </summary>
public sealed partial class JwtTokenValidator
{
    /// <summary>The Bot Connector service's token issuer.</summary>
    public const string BotConnectorIssuer = "https://api.botframework.com";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Entra ID issuers of Emulator tokens (the Bot Framework's tenants, v1 and v2 token formats).
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly SigningKeyCache? _connectorKeys;
    private readonly SigningKeyCache? _emulatorKeys;
    private readonly string[] _emulatorIssuers;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<JwtTokenValidator> _logger;

    /// <summary>Creates the validator.</summary>
    public JwtTokenValidator(
        IHttpClientFactory httpClientFactory,
        IOptions<BotFrameworkAuthenticationOptions> options,
        ILogger<JwtTokenValidator> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _logger = logger;
        _emulatorIssuers = string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId)
            ? EmulatorIssuers
            : [.. EmulatorIssuers,
                $"https://sts.windows.net/{_options.MicrosoftAppTenantId}/",
                $"https://login.microsoftonline.com/{_options.MicrosoftAppTenantId}/v2.0"];
        if (!_options.IsAuthenticationDisabled)
        {
            var time = timeProvider ?? TimeProvider.System;
            HttpClient Http() => httpClientFactory.CreateClient(ConnectorClient.HttpClientName);
            _connectorKeys = new SigningKeyCache(_options.OpenIdMetadataUrl, Http, time);
            _emulatorKeys = new SigningKeyCache(_options.EmulatorOpenIdMetadataUrl, Http, time);
        }
    }

    /// <summary>
    /// Authenticates the request that carried <paramref name="activity"/>.
    /// </summary>
    /// <param name="activity">The inbound activity (its channel id and service URL are checked against the token).</param>
    /// <param name="authorizationHeader">The request's <c>Authorization</c> header, or null.</param>
    /// <param name="cancellationToken">Cancels fetching signing keys.</param>
    /// <returns>The caller's identity; unauthenticated when authentication is off and no token came.</returns>
    /// <exception cref="BotAuthenticationException">The request is not authenticated for this bot.</exception>
    public async Task<ClaimsIdentity> AuthenticateRequestAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationDisabled
                ? new ClaimsIdentity()
                : throw new BotAuthenticationException("The request has no Authorization header.");
        }

        // As in the reference SDK, "off" only means requests without a token are accepted: a token
        // that cannot be checked against an app id is not trusted.
        if (_options.IsAuthenticationDisabled)
        {
            throw new BotAuthenticationException("The request carries a token, but this bot has no MicrosoftAppId to check it against.");
        }

        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.Ordinal) || authorizationHeader.Length == scheme.Length)
        {
            throw new BotAuthenticationException("The Authorization header is not a Bearer token.");
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException ex)
        {
            throw new BotAuthenticationException("The bearer token is not a JWT.", ex);
        }

        var fromEmulator = _emulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal);
        var keys = await GetKeysAsync(fromEmulator ? _emulatorKeys! : _connectorKeys!, jwt.Kid, cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = fromEmulator ? _emulatorIssuers : [BotConnectorIssuer],
            ValidateAudience = !fromEmulator,
            ValidAudience = _options.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = _options.ClockSkew,
            RequireSignedTokens = true,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = AllowedAlgorithms,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            Log.TokenRejected(_logger, result.Exception?.GetType().Name, activity.Conversation?.Id);
            throw new BotAuthenticationException(Describe(result.Exception), result.Exception!);
        }

        if (fromEmulator)
        {
            RequireEmulatorAppId(result.ClaimsIdentity);
        }
        else
        {
            RequireEndorsement(keys, result.SecurityToken, jwt.Kid, activity.ChannelId);
            RequireServiceUrl(result.ClaimsIdentity, activity.ServiceUrl);
        }

        return result.ClaimsIdentity;
    }

    private static async Task<SigningKeySet> GetKeysAsync(SigningKeyCache cache, string? keyId, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetKeysAsync(keyId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or ArgumentException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException("The Bot Framework signing keys could not be fetched, so no token can be checked.", ex);
        }
    }

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token was not issued for this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm that is not accepted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        SecurityTokenInvalidSignatureException => "The token's signature is missing or invalid.",
        _ => "The token is not valid.",
    };

    private static void RequireEndorsement(SigningKeySet keys, SecurityToken token, string? headerKeyId, string? channelId)
    {
        // An activity without a channel id has nothing to be endorsed for (as in the reference SDK).
        if (string.IsNullOrEmpty(channelId))
        {
            return;
        }

        var keyId = token.SigningKey?.KeyId ?? headerKeyId;
        if (keyId is null
            || !keys.Endorsements.TryGetValue(keyId, out var endorsements)
            || !endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            throw new BotAuthenticationException($"The token's signing key is not endorsed for the channel '{channelId}'.");
        }
    }

    private static void RequireServiceUrl(ClaimsIdentity identity, string? serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return;
        }

        var claim = identity.FindFirst("serviceurl")?.Value;
        if (!string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new BotAuthenticationException(claim is null
                ? "The token has no serviceurl claim."
                : "The token's serviceurl claim does not match the activity's serviceUrl.");
        }
    }

    private void RequireEmulatorAppId(ClaimsIdentity identity)
    {
        // Entra ID v1 tokens name the client in appid, v2 tokens in azp.
        var version = identity.FindFirst("ver")?.Value;
        var appId = version == "2.0" ? identity.FindFirst("azp")?.Value : identity.FindFirst("appid")?.Value;
        if (!string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            throw new BotAuthenticationException("The token was not issued to this bot's app id.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Token rejected ({Failure}) in conversation {ConversationId}")]
        public static partial void TokenRejected(ILogger logger, string? failure, string? conversationId);
    }
}
