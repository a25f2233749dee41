using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// Signing keys from one OpenID metadata address: fetched on first use, refreshed once a day, and
/// refreshed early when a token names a key id the cache does not know (keys roll over), but no
/// more often than <see cref="MinimumRefreshInterval"/> so a stream of forged key ids cannot turn
/// the bot into a load generator against the metadata host. When a refresh fails, the keys held
/// are kept.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim holds nothing to release unless its wait handle is used; this one lives as long as the app.")]
internal sealed class SigningKeyCache
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Uri _metadataAddress;
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private SigningKeySet? _current;

    public SigningKeyCache(string metadataAddress, Func<HttpClient> httpClient, TimeProvider time)
    {
        _metadataAddress = RequireSecureAddress(metadataAddress);
        _httpClient = httpClient;
        _time = time;
    }

    /// <summary>Returns keys that include <paramref name="keyId"/> when the publisher has it.</summary>
    public async Task<SigningKeySet> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !IsStale(current) && current.HasKey(keyId))
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            var mayRefresh = current is null || IsStale(current)
                || (!current.HasKey(keyId) && _time.GetUtcNow() - current.FetchedAt >= MinimumRefreshInterval);
            if (mayRefresh)
            {
                try
                {
                    current = await FetchAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception) when (current is not null && !cancellationToken.IsCancellationRequested)
                {
                    // The publisher is briefly unreachable: the keys already held stay good until
                    // it answers again (retried no sooner than the minimum interval).
                    current = current with { FetchedAt = _time.GetUtcNow() - RefreshInterval + MinimumRefreshInterval };
                }

                _current = current;
            }

            return current!;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsStale(SigningKeySet keys) => _time.GetUtcNow() - keys.FetchedAt >= RefreshInterval;

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var http = _httpClient();
        var metadataJson = await http.GetStringAsync(_metadataAddress, cancellationToken).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {_metadataAddress} names no jwks_uri.");
        }

        var keysAddress = RequireSecureAddress(metadata.JwksUri);
        var keysJson = await http.GetStringAsync(keysAddress, cancellationToken).ConfigureAwait(false);
        var keys = new JsonWebKeySet(keysJson).GetSigningKeys();
        return new SigningKeySet([.. keys], ReadEndorsements(keysJson), _time.GetUtcNow());
    }

    // The Bot Connector service lists, on each key, the channels it may sign for; the standard
    // key model does not carry that field, so it is read from the document itself.
    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string keysJson)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = [.. list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)];
            }
        }

        return endorsements;
    }

    // Keys decide who may speak for a channel, so they come over TLS; plain HTTP is accepted only
    // from this machine, for local issuers in tests and development.
    private static Uri RequireSecureAddress(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new InvalidOperationException($"The signing key address '{address}' must be an absolute https URL.");
        }

        return uri;
    }
}
