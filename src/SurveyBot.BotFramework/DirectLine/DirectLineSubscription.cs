using System.Threading.Channels;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>A live feed of one conversation's activity sets, for one WebSocket.</summary>
public sealed class DirectLineSubscription : IDisposable
{
    private readonly DirectLineConversation _conversation;
    private readonly Channel<ActivitySet> _channel;

    internal DirectLineSubscription(DirectLineConversation conversation, Channel<ActivitySet> channel)
    {
        _conversation = conversation;
        _channel = channel;
    }

    /// <summary>The activity sets, in order; completes when the conversation drops the subscription.</summary>
    public ChannelReader<ActivitySet> Reader => _channel.Reader;

    /// <summary>Stops the feed.</summary>
    public void Dispose()
    {
        _conversation.Unsubscribe(this);
        Complete();
    }

    internal bool TryWrite(ActivitySet set) => _channel.Writer.TryWrite(set);

    internal void Complete() => _channel.Writer.TryComplete();
}
