using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Tests.State;

/// <summary>A <see cref="MemoryStorage"/> that records every write and delete it is asked for.</summary>
internal sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public List<IReadOnlyDictionary<string, StoreItem>> Writes { get; } = [];

    public List<IReadOnlyCollection<string>> Deletes { get; } = [];

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Writes.Add(changes);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Deletes.Add(keys);
        return _inner.DeleteAsync(keys, cancellationToken);
    }
}
