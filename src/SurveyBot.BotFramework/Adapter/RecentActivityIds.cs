using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// The ids of the most recently processed activities, so that an activity a channel delivers
/// twice (a retried POST) is processed once, with the replies of a turn whose delivery failed, so
/// that the retry delivers them instead of losing them. Bounded: the oldest ids are forgotten first.
/// </summary>
internal sealed class RecentActivityIds(int capacity)
{
    private readonly Dictionary<string, IReadOnlyList<Activity>?> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Records the id; false when it was already recorded.</summary>
    public bool TryAdd(string id)
    {
        lock (_lock)
        {
            if (!_ids.TryAdd(id, null))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets an id, so that a turn that failed can be delivered again.</summary>
    public void Remove(string id)
    {
        lock (_lock)
        {
            _ids.Remove(id);
        }
    }

    /// <summary>Keeps the replies of a processed activity that did not reach the channel.</summary>
    public void KeepUndelivered(string id, IReadOnlyList<Activity> replies)
    {
        lock (_lock)
        {
            if (_ids.ContainsKey(id))
            {
                _ids[id] = replies;
            }
        }
    }

    /// <summary>Takes the undelivered replies of a processed activity, or null when they were delivered.</summary>
    public IReadOnlyList<Activity>? TakeUndelivered(string id)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(id, out var replies) || replies is null)
            {
                return null;
            }

            _ids[id] = null;
            return replies;
        }
    }
}
