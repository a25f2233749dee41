using System.Collections.Concurrent;
using System.Globalization;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// The latest version of recently used state documents, so that a turn reads its conversation from
/// memory instead of from the file. Every write in this process goes through one
/// <see cref="SqliteWriter"/>, which stores what it commits here and empties the cache when it finds
/// that another connection wrote to the file; a copy that is stale all the same (another process
/// wrote between two checks) only makes the next write fail its ETag check, and the turn runs again
/// on what the file holds.
/// </summary>
internal sealed class SqliteDocumentCache
{
    private readonly ConcurrentDictionary<string, StoreItem> _documents = new(StringComparer.Ordinal);
    private readonly long _capacityBytes;
    private long _bytes;
    private long _generation;

    /// <param name="capacityBytes">About how many bytes of documents (UTF-8) to keep; 0 keeps none.</param>
    public SqliteDocumentCache(long capacityBytes) => _capacityBytes = capacityBytes;

    /// <summary>False when the cache keeps nothing (no room was given), so there is nothing to look up or keep current.</summary>
    public bool Enabled => _capacityBytes > 0;

    /// <summary>Changes whenever the cache is emptied; a read from the file that began before must not be kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string key, out StoreItem document) => _documents.TryGetValue(key, out document!);

    /// <summary>Keeps what the writer committed, unless a later version is already kept.</summary>
    public void Committed(string key, StoreItem document) => Keep(key, document);

    /// <summary>Keeps what was read from the file, unless the cache was emptied since the read began.</summary>
    public void Read(string key, StoreItem document, long generation)
    {
        if (generation == Generation)
        {
            Keep(key, document);
        }
    }

    public void Remove(string key)
    {
        if (_documents.TryRemove(key, out var removed))
        {
            Interlocked.Add(ref _bytes, -removed.Utf8Json.Length);
        }
    }

    /// <summary>Forgets everything: another connection wrote to the file.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        foreach (var key in _documents.Keys)
        {
            Remove(key);
        }
    }

    private void Keep(string key, StoreItem document)
    {
        if (!Enabled || document.Utf8Json.Length > _capacityBytes / 16)
        {
            Remove(key);
            return;
        }

        var version = Version(document);
        StoreItem? replaced = null;
        var kept = _documents.AddOrUpdate(key, document, (_, current) =>
        {
            if (Version(current) > version)
            {
                return current;
            }

            replaced = current;
            return document;
        });
        if (!ReferenceEquals(kept, document))
        {
            return;
        }

        // Counted approximately under contention; the bound only needs to hold roughly.
        if (Interlocked.Add(ref _bytes, document.Utf8Json.Length - (replaced?.Utf8Json.Length ?? 0)) > _capacityBytes)
        {
            Trim();
        }
    }

    // Drops copies in no particular order until a quarter of the room is free: the turns in flight
    // read their documents again from the file, at the cost of one read each.
    private void Trim()
    {
        foreach (var key in _documents.Keys)
        {
            if (Interlocked.Read(ref _bytes) <= _capacityBytes * 3 / 4)
            {
                return;
            }

            Remove(key);
        }
    }

    private static long Version(StoreItem document) =>
        long.TryParse(document.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
}
