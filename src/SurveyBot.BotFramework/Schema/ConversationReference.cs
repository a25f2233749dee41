namespace SurveyBot.BotFramework.Schema;

/// <summary>Everything needed to address a message to a conversation later (proactive messages).</summary>
public sealed class ConversationReference : ExtensibleObject
{
    /// <summary>The id of the activity referred to.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user in the conversation.</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot in the conversation.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The channel id.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Where replies for this conversation are posted.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The conversation's locale.</summary>
    public string? Locale { get; set; }
}
