namespace SurveyBot.BotFramework.Schema;

/// <summary>The activity types of the Bot Framework Activity protocol that this bot sends or handles.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or a bot.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left the conversation.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>A sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>A programmatic event, such as Web Chat's <c>webchat/join</c>.</summary>
    public const string Event = "event";

    /// <summary>A request that expects a synchronous response.</summary>
    public const string Invoke = "invoke";

    /// <summary>The conversation has ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>
    /// The bot's answer to an <see cref="Invoke"/>: never sent to the channel, its <c>value</c>
    /// (<c>{ "status": 200, "body": ... }</c>) becomes the HTTP response of the inbound request.
    /// </summary>
    public const string InvokeResponse = "invokeResponse";
}
