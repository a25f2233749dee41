using System.Net.Http.Headers;
using System.Text.Json;

namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// Obtains the bot's token for channels by the OAuth 2.0 client credentials grant and keeps it
/// until shortly before it expires; concurrent callers share one request.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim holds nothing to release unless its wait handle is used; this one lives as long as the app.")]
internal sealed class AccessTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _cached;

    public AccessTokenProvider(BotFrameworkAuthenticationOptions options, Func<HttpClient> httpClient, TimeProvider time)
    {
        _options = options;
        _httpClient = httpClient;
        _time = time;
    }

    /// <summary>The bearer token, or null when authentication is off.</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAuthenticationDisabled)
        {
            return null;
        }

        if (_cached is { } hit && _time.GetUtcNow() < hit.RefreshAt)
        {
            return hit.Token;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && _time.GetUtcNow() < again.RefreshAt)
            {
                return again.Token;
            }

            var (token, lifetime) = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _cached = (token, _time.GetUtcNow() + lifetime - margin);
            return token;
        }
        finally
        {
            _fetch.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.EffectiveTokenEndpoint;
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.MicrosoftAppId!),
            new("client_secret", _options.MicrosoftAppPassword ?? string.Empty),
            new("scope", _options.ToChannelFromBotScope),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException($"The token endpoint {endpoint} could not be reached.", ex);
        }

        using (response)
        {
            var body = ParseObject(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException(
                    $"The token endpoint {endpoint} refused the bot's credentials ({(int)response.StatusCode}).",
                    response.StatusCode,
                    body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null);
            }

            var token = body.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var expiresIn = body.TryGetProperty("expires_in", out var e) ? ReadSeconds(e) : null;
            return token is null || expiresIn is null
                ? throw new ConnectorException($"The token endpoint {endpoint} answered without access_token and expires_in.")
                : (token, TimeSpan.FromSeconds(expiresIn.Value));
        }
    }

    private static JsonElement ParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : EmptyObject;
        }
        catch (JsonException)
        {
            return EmptyObject;
        }
    }

    // expires_in is a number in the v2.0 endpoint's answers and a string in some older ones.
    private static long? ReadSeconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) && n > 0 => n,
        JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 => s,
        _ => null,
    };
}
