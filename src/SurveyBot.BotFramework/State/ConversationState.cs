using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.State;

/// <summary>State shared by everyone in one conversation: the dialog stack and the interview so far.</summary>
/// <remarks>
/// The adapter runs one turn of a conversation at a time, so a turn's values are handed to the
/// conversation's next turn as they are when the stored document is still the one it saved.
/// </remarks>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState), keepValuesBetweenTurns: true)
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId, so its conversation state cannot be keyed.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id, so its conversation state cannot be keyed.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
