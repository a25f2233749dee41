using System.Globalization;
using System.Text.Json;
using SurveyBot.BotFramework.DirectLine;
using SurveyBot.BotFramework.Schema;
using SurveyBot.Web.Hosting;

namespace SurveyBot.Web.DirectLine;

/// <summary>
/// Direct Line 3.0 as Web Chat and botframework-directlinejs use it: tokens, conversations,
/// activities (polling) and the WebSocket stream. Tokens open one conversation each; the secret
/// opens all.
/// </summary>
internal static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").WithTags("Direct Line");
        group.MapPost("/tokens/generate", GenerateTokenAsync).WithName("DirectLineGenerateToken");
        group.MapPost("/tokens/refresh", RefreshToken).WithName("DirectLineRefreshToken");
        group.MapPost("/conversations", StartConversationAsync).WithName("DirectLineStartConversation");
        group.MapGet("/conversations/{conversationId}", ReconnectConversation).WithName("DirectLineReconnect");
        group.MapGet("/conversations/{conversationId}/activities", GetActivities).WithName("DirectLineGetActivities");
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithName("DirectLinePostActivity");
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.RunAsync).WithName("DirectLineStream");
        return endpoints;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var caller = dl.Authenticate(request);
        if (!caller.IsSecret)
        {
            return dl.Reject(StatusCodes.Status401Unauthorized, "MissingOrInvalidSecret", "tokens/generate needs 'Authorization: Bearer <Direct Line secret>'.", null);
        }

        return await dl.IssueConversationTokenAsync(request, cancellationToken);
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineServices dl)
    {
        var caller = dl.Authenticate(request);
        if (dl.Deny(caller, null) is { } denied)
        {
            return denied;
        }

        if (caller.IsSecret || caller.ConversationId is null || caller.UserId is null)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", "Only a token can be refreshed; the secret never expires.", null);
        }

        if (!dl.Conversations.TryGet(caller.ConversationId, out _))
        {
            return dl.NotFound(caller.ConversationId);
        }

        var token = dl.Tokens.Issue(caller.ConversationId, caller.UserId);
        return TypedResults.Json(new ConversationResponse(token.ConversationId, token.Token, token.ExpiresIn), WebJsonContext.Default.ConversationResponse);
    }

    private static async Task<IResult> StartConversationAsync(HttpRequest request, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var caller = dl.Authenticate(request);
        if (dl.Deny(caller, null) is { } denied)
        {
            return denied;
        }

        DirectLineConversation? conversation;
        if (caller.IsSecret)
        {
            var (user, error) = await dl.ReadUserAsync(request, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            conversation = dl.Conversations.Create(user);
            if (conversation is null)
            {
                return dl.Full();
            }
        }
        else if (!dl.Conversations.TryGet(caller.ConversationId!, out conversation))
        {
            return dl.NotFound(caller.ConversationId!);
        }

        var started = await dl.Adapter.StartConversationAsync(conversation, dl.Bot, DirectLineServices.ServiceUrl(request), dl.TurnCancellation);
        var body = dl.Describe(conversation, request, watermark: null);
        return TypedResults.Json(body, WebJsonContext.Default.ConversationResponse, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult ReconnectConversation(string conversationId, string? watermark, HttpRequest request, DirectLineServices dl) =>
        FromWatermark(conversationId, watermark, request, dl, (conversation, position) =>
            TypedResults.Json(dl.Describe(conversation, request, position), WebJsonContext.Default.ConversationResponse));

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineServices dl) =>
        FromWatermark(conversationId, watermark, request, dl, (conversation, position) =>
            TypedResults.Json(conversation.GetActivities(position), DirectLineJsonContext.Default.ActivitySet));

    // A read from a watermark: the token must hold the conversation, the watermark must parse, the conversation must exist.
    private static IResult FromWatermark(string conversationId, string? watermark, HttpRequest request, DirectLineServices dl, Func<DirectLineConversation, int, IResult> answer)
    {
        if (dl.Deny(dl.Authenticate(request), conversationId) is { } denied)
        {
            return denied;
        }

        if (DirectLineServices.ParseWatermark(watermark) is not { } position)
        {
            return BadWatermark(dl, conversationId);
        }

        return dl.Conversations.TryGet(conversationId, out var conversation) ? answer(conversation, position) : dl.NotFound(conversationId);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, HttpResponse response, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var caller = dl.Authenticate(request);
        if (dl.Deny(caller, conversationId) is { } denied)
        {
            return denied;
        }

        if (!dl.Conversations.TryGet(conversationId, out var conversation))
        {
            return dl.NotFound(conversationId);
        }

        var limits = dl.Options;
        if (!conversation.TryAcquirePost(limits.RateLimitPerWindow, TimeSpan.FromSeconds(limits.RateLimitWindowSeconds), out var retryAfter))
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return dl.Reject(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many messages in a short time; wait a moment and send again.", conversationId);
        }

        if (conversation.Count >= limits.MaxActivitiesPerConversation)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "ConversationTooLong", "This conversation has reached its length limit; please start a new one.", conversationId);
        }

        var body = await RequestBody.ReadAsync(request, limits.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return dl.Reject(StatusCodes.Status413PayloadTooLarge, "ActivityTooLarge", $"An activity may be at most {limits.MaxActivityBytes} bytes.", conversationId);
        }

        Activity activity;
        try
        {
            activity = ProtocolJson.Deserialize(body);
        }
        catch (JsonException ex)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid activity: " + ex.Message, conversationId);
        }

        if (Validate(activity, limits) is { } reason)
        {
            return dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", reason, conversationId);
        }

        if (!caller.IsSecret)
        {
            // The token says who the user is; a client cannot speak for someone else.
            activity.From = new ChannelAccount(caller.UserId!, activity.From?.Name);
        }

        var posted = await dl.Adapter.PostActivityAsync(conversation, activity, dl.Bot, DirectLineServices.ServiceUrl(request), dl.TurnCancellation);
        return TypedResults.Json(new ResourceResponse(posted.Id!), ProtocolJsonContext.Default.ResourceResponse);
    }

    private static string? Validate(Activity activity, DirectLineOptions limits)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type' (for a message, send {\"type\":\"message\",\"text\":\"...\"}).";
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return $"Activities of type '{activity.Type}' cannot be posted; send a message or an event.";
        }

        if (activity.Type == ActivityTypes.Event && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "An event activity needs a 'name'.";
        }

        if (activity.Text is { Length: var length } && length > limits.MaxTextLength)
        {
            return $"The message is {length} characters long; the limit is {limits.MaxTextLength}.";
        }

        return null;
    }

    private static IResult BadWatermark(DirectLineServices dl, string conversationId) =>
        dl.Reject(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a whole number from an earlier answer.", conversationId);
}
