namespace SurveyBot.BotFramework.State;

/// <summary>
/// A key-value store of JSON documents with optimistic concurrency: the state of conversations
/// and users. Implementations: <see cref="MemoryStorage"/>, and SQLite and PostgreSQL in SurveyBot.Storage.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the documents that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes documents, each checked against its <see cref="StoreItem.ETag"/>, and returns each key's new ETag.
    /// </summary>
    /// <exception cref="StorageConcurrencyException">A document was changed or created by another writer since it was read.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes documents; keys that do not exist are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
