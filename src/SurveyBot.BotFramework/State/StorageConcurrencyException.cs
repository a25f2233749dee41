namespace SurveyBot.BotFramework.State;

/// <summary>A write lost a race: the document's stored version differs from the one the writer read.</summary>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConcurrencyException()
        : this("A document was changed by another writer.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a key and the versions involved.</summary>
    public static StorageConcurrencyException ForKey(string key, string? expectedETag) =>
        new($"The document '{key}' was changed by another writer (expected version '{expectedETag ?? "none"}').") { Key = key };

    /// <summary>The key of the document that was changed, when known.</summary>
    public string? Key { get; private init; }
}
