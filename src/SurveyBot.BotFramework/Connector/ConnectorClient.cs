using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// Posts activities to a channel through the Bot Connector REST API (v3) at the activity's
/// <c>serviceUrl</c>, with the bot's bearer token (none when authentication is off). Retries what
/// the channel marks as temporary: 429 (after its <c>Retry-After</c>), 412, 502, 503, 504 and
/// unreachable hosts, with exponential backoff and a bounded number of tries; other refusals are
/// final, as the Teams guidance asks.
/// </summary>
public sealed partial class ConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> used for the channel, the token endpoint and signing keys.</summary>
    public const string HttpClientName = "SurveyBot.BotFramework.Connector";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly AccessTokenProvider _tokens;
    private readonly ConnectorClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    /// <summary>Creates the client.</summary>
    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IOptions<BotFrameworkAuthenticationOptions> authentication,
        IOptions<ConnectorClientOptions> options,
        ILogger<ConnectorClient> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger;
        _tokens = new AccessTokenProvider(authentication.Value, () => httpClientFactory.CreateClient(HttpClientName), _time);
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to its conversation: as a reply to
    /// <see cref="Activity.ReplyToId"/> when set (<c>POST v3/conversations/{id}/activities/{replyToId}</c>),
    /// otherwise appended to the conversation (<c>POST v3/conversations/{id}/activities</c>).
    /// </summary>
    /// <returns>The id the channel gave the activity (empty when it gave none).</returns>
    /// <exception cref="ConnectorException">The channel refused the activity or stayed unavailable.</exception>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var address = ActivitiesAddress(activity);
        var body = ProtocolJson.SerializeToUtf8Bytes(activity);
        var http = _httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = Json;
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= _options.MaxAttempts)
                {
                    throw new ConnectorException($"The channel at {activity.ServiceUrl} could not be reached after {attempt} tries.", ex);
                }

                var wait = Backoff(attempt);
                Log.Retrying(_logger, activity.Conversation?.Id, null, attempt, wait.TotalMilliseconds);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
                }

                var wait = RetryDelay(response, attempt);
                if (wait is null || attempt >= _options.MaxAttempts)
                {
                    throw new ConnectorException(
                        $"The channel refused the activity with {(int)response.StatusCode} after {attempt} tries.",
                        response.StatusCode,
                        await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false));
                }

                Log.Retrying(_logger, activity.Conversation?.Id, (int)response.StatusCode, attempt, wait.Value.TotalMilliseconds);
                await Task.Delay(wait.Value, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Uri ActivitiesAddress(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The activity has no absolute http(s) serviceUrl.", nameof(activity));
        }

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation.id.", nameof(activity));
        }

        // The service URL's own path is kept (for example https://smba.trafficmanager.net/amer/);
        // Teams ids contain ':', ';', '@' and '=', so both ids are escaped.
        var path = string.Concat(
            serviceUrl.AbsoluteUri.TrimEnd('/'),
            "/v3/conversations/",
            Uri.EscapeDataString(conversationId),
            "/activities",
            string.IsNullOrEmpty(activity.ReplyToId) ? string.Empty : "/" + Uri.EscapeDataString(activity.ReplyToId));
        return new Uri(path);
    }

    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                var retryAfter = response.Headers.RetryAfter;
                var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - _time.GetUtcNow() : null);
                if (asked is null)
                {
                    return Backoff(attempt);
                }

                return asked.Value <= TimeSpan.Zero ? TimeSpan.Zero : asked.Value <= _options.MaxDelay ? asked.Value : null;
            case HttpStatusCode.PreconditionFailed:
            case HttpStatusCode.BadGateway:
            case HttpStatusCode.ServiceUnavailable:
            case HttpStatusCode.GatewayTimeout:
                return Backoff(attempt);
            default:
                return null;
        }
    }

    // Exponential with jitter, so that replies held back together do not all return at once.
    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.BaseDelay * Math.Pow(2, attempt - 1);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
#pragma warning restore CA5394
        return jittered < _options.MaxDelay ? jittered : _options.MaxDelay;
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return body.Length == 0
                ? new ResourceResponse(string.Empty)
                : JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ResourceResponse) ?? new ResourceResponse(string.Empty);
        }
        catch (JsonException)
        {
            // The activity was accepted; a body the client cannot read does not undo that.
            return new ResourceResponse(string.Empty);
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Reply in conversation {ConversationId} not delivered (status {Status}) on try {Attempt}; trying again in {DelayMs} ms")]
        public static partial void Retrying(ILogger logger, string? conversationId, int? status, int attempt, double delayMs);
    }
}
