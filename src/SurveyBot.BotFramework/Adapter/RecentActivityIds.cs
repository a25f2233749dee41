namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// The ids of the most recently processed activities, so that an activity a channel delivers
/// twice (a retried POST) is processed once. Bounded: the oldest ids are forgotten first.
/// </summary>
internal sealed class RecentActivityIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Records the id; false when it was already recorded.</summary>
    public bool TryAdd(string id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
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
}
