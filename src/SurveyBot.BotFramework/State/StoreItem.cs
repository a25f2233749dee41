namespace SurveyBot.BotFramework.State;

/// <summary>A stored JSON document and its version.</summary>
/// <param name="Json">The document, as JSON text.</param>
/// <param name="ETag">
/// On read, the version the store holds. On write, the version the writer last read: the write
/// succeeds only if the store still holds that version; null or <c>*</c> writes unconditionally.
/// </param>
public sealed record StoreItem(string Json, string? ETag = null)
{
    /// <summary>The ETag that overwrites whatever is stored.</summary>
    public const string AnyETag = "*";

    /// <summary>True when the write should not check the stored version.</summary>
    public bool IsUnconditional => ETag is null or AnyETag;
}
