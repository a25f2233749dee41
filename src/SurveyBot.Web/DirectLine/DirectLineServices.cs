using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.DirectLine;
using SurveyBot.Web.Hosting;

namespace SurveyBot.Web.DirectLine;

/// <summary>What every Direct Line handler needs, one singleton injected into each handler, and the shared request chores.</summary>
internal sealed partial class DirectLineServices(
    DirectLineTokenService tokens,
    DirectLineConversations conversations,
    DirectLineAdapter adapter,
    IBot bot,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineServices> logger)
{
    public DirectLineTokenService Tokens => tokens;

    public DirectLineConversations Conversations => conversations;

    public DirectLineAdapter Adapter => adapter;

    public IBot Bot => bot;

    public DirectLineOptions Options => options.Value;

    /// <summary>Turns outlive their request: a client that hangs up mid-turn must not lose the answer it sent.</summary>
    public CancellationToken TurnCancellation => lifetime.ApplicationStopping;

    public DirectLineCaller Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? tokens.Check(header[Scheme.Length..].Trim())
            : DirectLineCaller.Invalid;
    }

    /// <summary>The error result for a caller that may not act in <paramref name="conversationId"/>, or null when it may.</summary>
    public IResult? Deny(DirectLineCaller caller, string? conversationId) => caller.Status switch
    {
        DirectLineCredentialStatus.Invalid => Reject(StatusCodes.Status401Unauthorized, "MissingOrInvalidToken", "Send 'Authorization: Bearer <token or secret>' with a valid Direct Line token or secret.", conversationId),
        // 403, as Azure answers: the directlinejs client reads it as "token expired" and stops retrying.
        DirectLineCredentialStatus.Expired => Reject(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.", conversationId),
        _ when conversationId is not null && !caller.MayUse(conversationId) => Reject(StatusCodes.Status403Forbidden, "Forbidden", "The token does not belong to this conversation.", conversationId),
        _ => null,
    };

    public IResult Reject(int status, string code, string message, string? conversationId)
    {
        Log.Rejected(logger, status, code, conversationId ?? "-", message);
        return TypedResults.Json(new DirectLineError(new DirectLineError.Detail(code, message)), statusCode: status);
    }

    public IResult NotFound(string conversationId) =>
        Reject(StatusCodes.Status404NotFound, "ConversationNotFound", "No such conversation (it may have ended after a long silence).", conversationId);

    public IResult Full() =>
        Reject(StatusCodes.Status503ServiceUnavailable, "Busy", "Too many conversations are open; try again later.", null);

    public ConversationResponse Describe(DirectLineConversation conversation, HttpRequest request, int? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = string.Create(
            CultureInfo.InvariantCulture,
            $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversation.Id}/stream?t={token.Token}{(watermark is { } w ? $"&watermark={w}" : string.Empty)}");
        return new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, streamUrl);
    }

    /// <summary>Starts a conversation for the user the body names (or a new one) and returns a token bound to it.</summary>
    public async Task<IResult> IssueConversationTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (user, error) = await ReadUserAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversation = Conversations.Create(user);
        if (conversation is null)
        {
            return Full();
        }

        var token = Tokens.Issue(conversation.Id, conversation.UserId);
        return TypedResults.Json(new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn), WebJsonContext.Default.ConversationResponse);
    }

    /// <summary>Reads the optional token parameters and picks the user id: the one asked for, or a fresh <c>dl_</c> id.</summary>
    public async Task<(string User, IResult? Error)> ReadUserAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, 4096, cancellationToken);
        if (body is null)
        {
            return (string.Empty, Reject(StatusCodes.Status413PayloadTooLarge, "BadArgument", "Token parameters may be at most 4096 bytes.", null));
        }

        var (parameters, error) = ParseOptional(body, WebJsonContext.Default.TokenParameters);
        if (error is not null)
        {
            return (string.Empty, Reject(StatusCodes.Status400BadRequest, "BadArgument", error, null));
        }

        var userId = parameters?.User?.Id;
        if (userId is null)
        {
            return ("dl_" + Guid.NewGuid().ToString("N"), null);
        }

        return UserIds.IsValid(userId)
            ? (userId, null)
            : (string.Empty, Reject(StatusCodes.Status400BadRequest, "BadArgument", "user.id must start with 'dl_' and hold at most 64 letters, digits, '-' or '_'.", null));
    }

    public static string ServiceUrl(HttpRequest request) => string.Concat(request.Scheme, "://", request.Host.ToString(), request.PathBase.ToString(), "/v3/directline/");

    /// <summary>Parses a watermark query value: absent is 0; anything but a non-negative integer is null.</summary>
    public static int? ParseWatermark(string? value) =>
        string.IsNullOrEmpty(value) ? 0
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark
        : null;

    /// <summary>Parses an optional JSON body: empty is the default value; malformed JSON gives an error message.</summary>
    public static (T? Value, string? Error) ParseOptional<T>(byte[] body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(body, typeInfo), null);
        }
        catch (JsonException ex)
        {
            return (null, "The body is not valid JSON: " + ex.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Direct Line request refused with {Status} {Code} in conversation {ConversationId}: {Reason}")]
        public static partial void Rejected(ILogger logger, int status, string code, string conversationId, string reason);
    }
}
