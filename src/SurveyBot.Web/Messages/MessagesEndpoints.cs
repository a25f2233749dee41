using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Connector;
using SurveyBot.BotFramework.Schema;
using SurveyBot.Web.Hosting;

namespace SurveyBot.Web.Messages;

/// <summary>
/// <c>POST /api/messages</c>: where Azure Bot Service (Teams, Azure Web Chat) and local tools post
/// activities. Answers 202 once the turn ran and its replies went out through the Connector, 200
/// with the replies for <c>expectReplies</c>, the bot's status for invokes; 400 with a JSON reason
/// for a bad body, 401 for a missing or bad token, 413 for an oversized body. Errors are JSON
/// <c>{"error":{"code","message"}}</c>, the Connector API's own error shape, never a stack trace.
/// </summary>
public static partial class MessagesEndpoints
{
    /// <summary>The path the Bot Framework calls by convention.</summary>
    public const string Path = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c> to the registered <see cref="IBot"/> through the <see cref="CloudAdapter"/>.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoints).FullName!);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAuthenticationDisabled)
        {
            Log.AuthenticationOff(logger);
        }

        return endpoints.MapPost(Path, (HttpContext http) => HandleAsync(http, logger));
    }

    private static async Task HandleAsync(HttpContext http, ILogger logger)
    {
        var services = http.RequestServices;
        var limit = services.GetRequiredService<IOptions<BotMessagesOptions>>().Value.MaxRequestBodyBytes;
        var cancellationToken = http.RequestAborted;
        var request = http.Request;

        if (!request.HasJsonContentType())
        {
            await FailAsync(http, logger, null, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The activity must be sent as application/json.");
            return;
        }

        if (await RequestBody.ReadAsync(request, limit, cancellationToken) is not { } body)
        {
            await FailAsync(http, logger, null, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {limit} bytes.");
            return;
        }

        Activity activity;
        try
        {
            activity = ProtocolJson.Deserialize(body);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            await FailAsync(http, logger, null, StatusCodes.Status400BadRequest, "BadRequest", $"The body is not a valid activity{where}.");
            return;
        }

        var conversationId = activity.Conversation?.Id;
        if (Invalid(activity) is { } reason)
        {
            await FailAsync(http, logger, conversationId, StatusCodes.Status400BadRequest, "BadRequest", reason);
            return;
        }

        try
        {
            var adapter = services.GetRequiredService<CloudAdapter>();
            var bot = services.GetRequiredService<IBot>();
            var response = await adapter.ProcessAsync(request.Headers.Authorization, activity, bot, cancellationToken);
            http.Response.StatusCode = response.Status;
            if (response.Body is not null)
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(response.Body.ToJsonString(), cancellationToken);
            }
        }
        catch (BotAuthenticationException ex)
        {
            await FailAsync(http, logger, conversationId, StatusCodes.Status401Unauthorized, "Unauthorized", ex.Message);
        }
        catch (ConnectorException ex)
        {
            Log.DeliveryFailed(logger, ex, conversationId);
            await WriteErrorAsync(http, StatusCodes.Status502BadGateway, "ReplyNotDelivered", "The reply could not be delivered to the channel.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.CallerGone(logger, conversationId);
        }
#pragma warning disable CA1031 // The caller gets a JSON error, never a stack trace; the exception is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Failed(logger, ex, conversationId);
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "InternalError", "The bot could not process the activity.");
        }
    }

    private static string? Invalid(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        // With expectReplies the replies travel back in the response, so no service URL is needed.
        if (activity.ServiceUrl is null)
        {
            return activity.DeliveryMode == CloudAdapter.ExpectReplies ? null : "The activity has no serviceUrl.";
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
            ? null
            : "The activity's serviceUrl is not an absolute http or https URL.";
    }

    private static Task FailAsync(HttpContext http, ILogger logger, string? conversationId, int status, string code, string message)
    {
        Log.Rejected(logger, status, conversationId, message);
        return WriteErrorAsync(http, status, code, message);
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
        return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Authentication is off (no MicrosoftAppId): /api/messages accepts activities without a token")]
        public static partial void AuthenticationOff(ILogger logger);

        [LoggerMessage(2, LogLevel.Warning, "Rejected an activity with {Status} in conversation {ConversationId}: {Reason}")]
        public static partial void Rejected(ILogger logger, int status, string? conversationId, string reason);

        [LoggerMessage(3, LogLevel.Error, "Replies in conversation {ConversationId} could not be delivered to the channel")]
        public static partial void DeliveryFailed(ILogger logger, Exception exception, string? conversationId);

        [LoggerMessage(4, LogLevel.Information, "The caller went away before the turn in conversation {ConversationId} finished")]
        public static partial void CallerGone(ILogger logger, string? conversationId);

        [LoggerMessage(5, LogLevel.Error, "Processing an activity in conversation {ConversationId} failed")]
        public static partial void Failed(ILogger logger, Exception exception, string? conversationId);
    }
}
