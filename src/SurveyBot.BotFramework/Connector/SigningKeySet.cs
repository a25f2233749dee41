using Microsoft.IdentityModel.Tokens;

namespace SurveyBot.BotFramework.Connector;

/// <summary>The keys published at one OpenID metadata address, with each key's channel endorsements.</summary>
internal sealed record SigningKeySet(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public bool HasKey(string? keyId) =>
        keyId is null || Keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
