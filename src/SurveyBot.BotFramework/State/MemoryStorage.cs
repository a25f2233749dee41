using System.Globalization;

namespace SurveyBot.BotFramework.State;

/// <summary>
/// Storage in process memory, with the same ETag rules as the database stores: for tests and for
/// a single process that may lose its state on restart.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            // Check every document first so that a conflict writes nothing, as a database transaction would.
            foreach (var (key, change) in changes)
            {
                var exists = _items.TryGetValue(key, out var current);
                var conflict = change.IsCreate ? exists : !change.IsUnconditional && (!exists || current!.ETag != change.ETag);
                if (conflict)
                {
                    throw StorageConcurrencyException.ForKey(key, change.ETag);
                }
            }

            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = change.WithETag(etag);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
