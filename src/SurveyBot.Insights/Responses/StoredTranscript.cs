using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SurveyBot.Insights.Responses;

/// <summary>
/// A transcript that stays the UTF-8 JSON array it was kept as until its entries are read: a
/// response saved from the conversation's state writes the array as it is, instead of reading
/// every line into an object only to write it out again.
/// </summary>
public sealed class StoredTranscript : IReadOnlyList<TranscriptEntry>
{
    private readonly JsonTypeInfo<List<TranscriptEntry>> _typeInfo;
    private List<TranscriptEntry>? _entries;

    /// <summary>Wraps a JSON array of transcript entries.</summary>
    /// <param name="utf8Json">The array, which nothing may change afterwards.</param>
    /// <param name="typeInfo">How to read the entries, when they are read.</param>
    public StoredTranscript(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<List<TranscriptEntry>> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Utf8Json = utf8Json;
        _typeInfo = typeInfo;
    }

    /// <summary>The entries as one UTF-8 JSON array.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <inheritdoc />
    public int Count => Entries.Count;

    // Two threads reading at once may both parse; each gets the same entries.
    private List<TranscriptEntry> Entries => _entries ??= JsonSerializer.Deserialize(Utf8Json.Span, _typeInfo) ?? [];

    /// <inheritdoc />
    public TranscriptEntry this[int index] => Entries[index];

    /// <inheritdoc />
    public IEnumerator<TranscriptEntry> GetEnumerator() => Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
