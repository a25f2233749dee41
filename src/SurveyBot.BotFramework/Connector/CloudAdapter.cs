using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Connector;

/// <summary>
/// The adapter for activities posted by the Bot Connector service: authenticates each request,
/// runs the turn, and delivers the replies through the Connector REST API to the service URL of
/// the activity they answer. Activities with <c>deliveryMode: expectReplies</c> get their replies
/// in the HTTP response instead, and invoke activities get the bot's invoke response.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    /// <summary>The delivery mode in which replies travel back in the HTTP response.</summary>
    public const string ExpectReplies = "expectReplies";

    private readonly JwtTokenValidator _validator;
    private readonly ConnectorClient _connector;

    /// <summary>Creates the adapter.</summary>
    public CloudAdapter(JwtTokenValidator validator, ConnectorClient connector, ILogger<CloudAdapter> logger, IOptions<BotAdapterOptions>? options = null)
        : base(logger, options?.Value)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(connector);
        _validator = validator;
        _connector = connector;
    }

    /// <summary>
    /// Authenticates and processes one inbound activity.
    /// </summary>
    /// <param name="authorizationHeader">The request's <c>Authorization</c> header, or null.</param>
    /// <param name="activity">The inbound activity.</param>
    /// <param name="bot">The bot that takes the turn.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>
    /// 202 with no body once the turn ran and its replies were delivered; 200 with
    /// <c>{"activities":[...]}</c> for <c>expectReplies</c>; for an invoke, the bot's invoke
    /// response, or 501 when the bot gave none.
    /// </returns>
    /// <exception cref="BotAuthenticationException">The request is not authenticated for this bot.</exception>
    /// <exception cref="ConnectorException">A reply could not be delivered.</exception>
    public async Task<InvokeResponse> ProcessAsync(string? authorizationHeader, Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        await _validator.AuthenticateRequestAsync(activity, authorizationHeader, cancellationToken).ConfigureAwait(false);
        var result = await ProcessActivityAsync(activity, bot, cancellationToken).ConfigureAwait(false);

        if (activity.Type == ActivityTypes.Invoke)
        {
            var answer = result.Replies.LastOrDefault(a => a.Type == ActivityTypes.InvokeResponse)?.Value;
            return answer is JsonObject { } value && value["status"] is JsonValue status && status.TryGetValue(out int code)
                ? new InvokeResponse(code, value["body"]?.DeepClone())
                : new InvokeResponse(StatusCodes.NotImplemented);
        }

        if (activity.DeliveryMode == ExpectReplies)
        {
            var replies = result.Replies.Where(a => a.Type != ActivityTypes.InvokeResponse).ToList();
            return new InvokeResponse(StatusCodes.Ok, new JsonObject
            {
                ["activities"] = JsonSerializer.SerializeToNode(replies, ProtocolJsonContext.Default.IListActivity),
            });
        }

        return new InvokeResponse(StatusCodes.Accepted);
    }

    /// <inheritdoc />
    protected override async Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(activities);

        // With expectReplies the caller collects the replies from the response; nothing is posted.
        if (inbound.DeliveryMode == ExpectReplies)
        {
            return;
        }

        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                continue;
            }

            // The token goes only to the service URL the authenticated request came with.
            activity.ServiceUrl = inbound.ServiceUrl;
            await _connector.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    private static class StatusCodes
    {
        public const int Ok = 200;
        public const int Accepted = 202;
        public const int NotImplemented = 501;
    }
}
