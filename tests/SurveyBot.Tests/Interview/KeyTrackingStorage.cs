using SurveyBot.BotFramework.State;

namespace SurveyBot.Tests.Interview;

/// <summary>Memory storage that can say which keys hold a document, to check what a conversation left behind.</summary>
internal sealed class KeyTrackingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys
    {
        get
        {
            lock (_keys)
            {
                return [.. _keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        var etags = await _inner.WriteAsync(changes, cancellationToken);
        lock (_keys)
        {
            _keys.UnionWith(changes.Keys);
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(keys, cancellationToken);
        lock (_keys)
        {
            _keys.ExceptWith(keys);
        }
    }
}
