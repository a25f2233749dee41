namespace SurveyBot.BotFramework.State;

/// <summary>A stored JSON document and its version.</summary>
/// <param name="Json">The document, as JSON text.</param>
/// <param name="ETag">
/// On read, the version the store holds. On write, the version the writer last read: the write
/// succeeds only if the store still holds that version. Null means the writer read nothing, so the
/// write succeeds only if the document still does not exist (two processes starting the same
/// conversation must not both win); <c>*</c> writes unconditionally.
/// </param>
public sealed record StoreItem(string Json, string? ETag = null)
{
    /// <summary>The ETag that overwrites whatever is stored.</summary>
    public const string AnyETag = "*";

    /// <summary>True when the write should not check the stored version.</summary>
    public bool IsUnconditional => ETag == AnyETag;

    /// <summary>True when the write creates the document and must fail if it already exists.</summary>
    public bool IsCreate => ETag is null;
}
