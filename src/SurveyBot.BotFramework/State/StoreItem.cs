using System.Text;

namespace SurveyBot.BotFramework.State;

/// <summary>A stored JSON document and its version.</summary>
/// <remarks>
/// The document is kept in the form its producer had, JSON text or UTF-8 bytes, and converted to the
/// other form only when asked for it. State goes from storage to a turn and back as UTF-8, so a
/// document many kilobytes long is not transcoded three times a turn on its way.
/// </remarks>
public sealed class StoreItem : IEquatable<StoreItem>
{
    /// <summary>The ETag that overwrites whatever is stored.</summary>
    public const string AnyETag = "*";

    private readonly ReadOnlyMemory<byte> _givenUtf8;
    private readonly bool _isUtf8;
    private string? _json;
    private byte[]? _encodedUtf8;

    /// <summary>A document given as JSON text.</summary>
    /// <param name="json">The document, as JSON text.</param>
    /// <param name="etag">
    /// On read, the version the store holds. On write, the version the writer last read: the write
    /// succeeds only if the store still holds that version. Null means the writer read nothing, so the
    /// write succeeds only if the document still does not exist (two processes starting the same
    /// conversation must not both win); <c>*</c> writes unconditionally.
    /// </param>
    public StoreItem(string json, string? etag = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
        ETag = etag;
    }

    private StoreItem(ReadOnlyMemory<byte> utf8Json, string? etag)
    {
        _givenUtf8 = utf8Json;
        _isUtf8 = true;
        ETag = etag;
    }

    private StoreItem(StoreItem document, string? etag)
    {
        _givenUtf8 = document._givenUtf8;
        _isUtf8 = document._isUtf8;
        _json = document._json;
        _encodedUtf8 = document._encodedUtf8;
        ETag = etag;
    }

    /// <summary>The document, as JSON text.</summary>
    public string Json => _json ??= Encoding.UTF8.GetString(_givenUtf8.Span);

    /// <summary>The document, as UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _isUtf8 ? _givenUtf8 : _encodedUtf8 ??= Encoding.UTF8.GetBytes(_json!);

    /// <summary>The version; see the constructor for what it means on read and on write.</summary>
    public string? ETag { get; }

    /// <summary>True when the write should not check the stored version.</summary>
    public bool IsUnconditional => ETag == AnyETag;

    /// <summary>True when the write creates the document and must fail if it already exists.</summary>
    public bool IsCreate => ETag is null;

    /// <summary>A document given as UTF-8 JSON; its bytes must not change afterwards.</summary>
    public static StoreItem FromUtf8(ReadOnlyMemory<byte> utf8Json, string? etag = null) => new(utf8Json, etag);

    /// <summary>The same document with another version, sharing its text and bytes.</summary>
    public StoreItem WithETag(string? etag) => new(this, etag);

    /// <inheritdoc />
    public bool Equals(StoreItem? other) =>
        other is not null && ETag == other.ETag && Utf8Json.Span.SequenceEqual(other.Utf8Json.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StoreItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ETag, Utf8Json.Length);

    /// <inheritdoc />
    public override string ToString() => $"StoreItem {{ Json = {Json}, ETag = {ETag} }}";
}
