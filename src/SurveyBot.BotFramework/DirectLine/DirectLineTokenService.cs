using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs bound to one conversation and one
/// user, signed with a key derived from the secret. They are JWTs so that Web Chat can read the
/// user id from the <c>user</c> claim, as it does with tokens from the Azure service.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly TimeProvider _time;
    private readonly int _lifetimeSeconds;

    /// <summary>Creates the service; generates a secret when none is configured.</summary>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var configured = options.Value.Secret;
        SecretWasGenerated = string.IsNullOrWhiteSpace(configured);
        Secret = SecretWasGenerated ? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) : configured!;
        _secret = Encoding.UTF8.GetBytes(Secret);
        _signingKey = SHA256.HashData(Encoding.UTF8.GetBytes("surveybot-directline-token:" + Secret));
        _time = time;
        _lifetimeSeconds = options.Value.TokenLifetimeSeconds;
    }

    /// <summary>The secret in force.</summary>
    public string Secret { get; }

    /// <summary>True when no secret was configured and this run made one up.</summary>
    public bool SecretWasGenerated { get; }

    /// <summary>Issues a token for <paramref name="conversationId"/> speaking for <paramref name="userId"/>.</summary>
    public DirectLineToken Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new DirectLineTokenClaims(conversationId, userId, now, now + _lifetimeSeconds);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJsonContext.Default.DirectLineTokenClaims));
        var signedPart = string.Concat(Encoding.UTF8.GetString(Header), ".", payload);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(signedPart)));
        return new DirectLineToken(string.Concat(signedPart, ".", signature), conversationId, userId, _lifetimeSeconds);
    }

    /// <summary>Checks a bearer credential: the secret, a token, or anything else.</summary>
    public DirectLineCaller Check(string? bearer)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return DirectLineCaller.Invalid;
        }

        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret))
        {
            return DirectLineCaller.Secret;
        }

        var parts = bearer.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            return DirectLineCaller.Invalid;
        }

        var expected = HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(string.Concat(parts[0], ".", parts[1])));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return DirectLineCaller.Invalid;
        }

        DirectLineTokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJsonContext.Default.DirectLineTokenClaims);
        }
        catch (JsonException)
        {
            return DirectLineCaller.Invalid;
        }

        if (claims is null)
        {
            return DirectLineCaller.Invalid;
        }

        return claims.ExpiresAt <= _time.GetUtcNow().ToUnixTimeSeconds()
            ? DirectLineCaller.Expired
            : new DirectLineCaller(DirectLineCredentialStatus.Valid, false, claims.ConversationId, claims.UserId);
    }
}
