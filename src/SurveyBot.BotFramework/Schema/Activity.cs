using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.Schema;

/// <summary>
/// One Bot Framework activity: the unit of every exchange between a user, a channel and the bot.
/// Field names and meanings follow the Activity schema; unknown fields are kept in
/// <see cref="ExtensibleObject.Properties"/> so that nothing a channel sends is lost.
/// </summary>
public sealed class Activity : ExtensibleObject
{
    /// <summary>One of <see cref="ActivityTypes"/> (or any other type a channel sends).</summary>
    public string? Type { get; set; }

    /// <summary>The id the channel gave the activity.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received or sent the activity, in UTC.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Where replies to this activity are posted (Connector REST API base address).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, such as <c>msteams</c>, <c>webchat</c> or <c>directline</c>.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Members who joined (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members who left (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The conversation's new topic (conversationUpdate).</summary>
    public string? TopicName { get; set; }

    /// <summary>The sender's locale, as a BCP-47 tag.</summary>
    public string? Locale { get; set; }

    /// <summary>The message text.</summary>
    public string? Text { get; set; }

    /// <summary>Text to speak.</summary>
    public string? Speak { get; set; }

    /// <summary>One of <see cref="InputHints"/>.</summary>
    public string? InputHint { get; set; }

    /// <summary>Text shown when the channel cannot render the attachments.</summary>
    public string? Summary { get; set; }

    /// <summary>Buttons for the user's next answer.</summary>
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Cards and files.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Mentions, client information and other metadata.</summary>
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific content.</summary>
    public JsonNode? ChannelData { get; set; }

    /// <summary>The id of the activity this one replies to.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>A value carried by event, invoke and message activities (card submits).</summary>
    public JsonNode? Value { get; set; }

    /// <summary>The name of an event or invoke operation.</summary>
    public string? Name { get; set; }

    /// <summary>The reference of the conversation an event or invoke relates to.</summary>
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>Why a conversation ended (endOfConversation).</summary>
    public string? Code { get; set; }

    /// <summary>When the activity should be considered expired.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; set; }

    /// <summary><c>normal</c> or <c>expectReplies</c>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Who the activity comes from, as set by the channel (for skills).</summary>
    public string? CallerId { get; set; }

    /// <summary>Creates a message activity with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Creates a typing indicator.</summary>
    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// Creates a message answering this activity, addressed the way the reference SDK does:
    /// sender and recipient swapped, same conversation, channel and service URL, and
    /// <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => ApplyReplyAddress(CreateMessage(text));

    /// <summary>
    /// Addresses <paramref name="reply"/> as an answer to this activity, keeping whatever the reply
    /// already set. Returns the same instance.
    /// </summary>
    public Activity ApplyReplyAddress(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= ChannelId;
        reply.ServiceUrl ??= ServiceUrl;
        reply.Conversation ??= Conversation is null ? null : new ConversationAccount(Conversation.Id ?? string.Empty)
        {
            Name = Conversation.Name,
            IsGroup = Conversation.IsGroup,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
        };
        reply.From ??= Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name, "bot");
        reply.Recipient ??= From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name, "user");
        reply.ReplyToId ??= Id;
        reply.Locale ??= Locale;
        return reply;
    }

    /// <summary>Returns a reference to this activity's conversation, for proactive messages.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };
}
