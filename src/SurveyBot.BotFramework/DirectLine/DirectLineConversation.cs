using System.Globalization;
using System.Threading.Channels;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>
/// One Direct Line conversation: its activity log, in which an activity's position is its
/// watermark, and the WebSocket subscribers that receive new activities as they are added.
/// </summary>
public sealed class DirectLineConversation
{
    // Enough for any burst of one turn; a subscriber that falls further behind is dropped and reconnects with its watermark.
    private const int SubscriberBacklog = 256;

    private readonly List<Activity> _activities = [];
    private readonly List<DirectLineSubscription> _subscribers = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastTimestamp;
    private DateTimeOffset _windowStart;
    private int _windowCount;
    private int _typingCount;
    private bool _started;

    /// <summary>Creates an empty conversation.</summary>
    public DirectLineConversation(string id, string userId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Id = id;
        UserId = userId;
        _time = time;
        LastActive = time.GetUtcNow();
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>The user the conversation was opened for.</summary>
    public string UserId { get; }

    /// <summary>When a client last used the conversation.</summary>
    public DateTimeOffset LastActive { get; private set; }

    /// <summary>How many activities the log holds.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _activities.Count;
            }
        }
    }

    /// <summary>Marks the conversation started; returns false when it already was.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    /// <summary>Records that a client used the conversation now.</summary>
    public void Touch()
    {
        lock (_lock)
        {
            LastActive = _time.GetUtcNow();
        }
    }

    /// <summary>
    /// Adds an activity to the log: gives it its server id and a timestamp later than every
    /// earlier one (Web Chat orders by timestamp), and sends it to every subscriber.
    /// </summary>
    /// <returns>The same activity, now with its id and timestamp.</returns>
    public Activity Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            var position = _activities.Count + 1;
            activity.Id = string.Concat(Id, "|", position.ToString("D7", CultureInfo.InvariantCulture));
            activity.Timestamp = NextTimestamp();
            activity.Conversation ??= new ConversationAccount(Id);
            _activities.Add(activity);
            Publish(new ActivitySet([activity], position.ToString(CultureInfo.InvariantCulture)));
            return activity;
        }
    }

    /// <summary>Sends an activity to the subscribers without logging it (typing: Direct Line relays it over WebSockets only).</summary>
    public void Broadcast(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            activity.Id ??= string.Concat(Id, "|typing", (++_typingCount).ToString(CultureInfo.InvariantCulture));
            activity.Timestamp ??= NextTimestamp();
            activity.Conversation ??= new ConversationAccount(Id);
            Publish(new ActivitySet([activity], null));
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark after them.</summary>
    public ActivitySet GetActivities(int watermark)
    {
        lock (_lock)
        {
            var from = Math.Clamp(watermark, 0, _activities.Count);
            return new ActivitySet([.. _activities.Skip(from)], _activities.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Opens a subscription that first receives the activities after <paramref name="watermark"/>, then every new one.</summary>
    public DirectLineSubscription Subscribe(int watermark)
    {
        lock (_lock)
        {
            var subscription = new DirectLineSubscription(this, Channel.CreateBounded<ActivitySet>(new BoundedChannelOptions(SubscriberBacklog)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }));
            var from = Math.Clamp(watermark, 0, _activities.Count);
            if (from < _activities.Count)
            {
                subscription.TryWrite(new ActivitySet([.. _activities.Skip(from)], _activities.Count.ToString(CultureInfo.InvariantCulture)));
            }

            _subscribers.Add(subscription);
            return subscription;
        }
    }

    /// <summary>
    /// Counts one post against the rate limit: at most <paramref name="limit"/> per
    /// <paramref name="window"/>. When the limit is reached, says how long to wait.
    /// </summary>
    public bool TryAcquirePost(int limit, TimeSpan window, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _windowCount = 0;
            }

            if (_windowCount >= limit)
            {
                retryAfter = _windowStart + window - now;
                return false;
            }

            _windowCount++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Closes every subscription (the conversation is being dropped).</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Complete();
            }

            _subscribers.Clear();
        }
    }

    internal void Unsubscribe(DirectLineSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscription);
        }
    }

    private void Publish(ActivitySet set)
    {
        for (var i = _subscribers.Count - 1; i >= 0; i--)
        {
            if (!_subscribers[i].TryWrite(set))
            {
                // Too slow to keep up: drop it; the client reconnects from its watermark and loses nothing.
                _subscribers[i].Complete();
                _subscribers.RemoveAt(i);
            }
        }
    }

    private DateTimeOffset NextTimestamp()
    {
        var now = _time.GetUtcNow();
        _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddMilliseconds(1);
        return _lastTimestamp;
    }
}
