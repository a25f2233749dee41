using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.State;

/// <summary>
/// One JSON document of state per scope (a conversation, a user), loaded on first use in a turn,
/// cached in the turn and saved once, with the ETag it was read with, by <see cref="SaveChangesAsync"/>.
/// Properties are typed and serialised with System.Text.Json; no .NET type names are stored.
/// </summary>
public abstract class BotState
{
    // Bounds the documents kept between turns; past it they are forgotten and read afresh.
    private const int MaxKeptBetweenTurns = 1024;

    private readonly IStorage _storage;
    private readonly string _turnStateKey;
    private readonly ConcurrentDictionary<string, CachedState>? _keptBetweenTurns;

    // Counted here because the dictionary's own count takes every one of its locks, which grow with it.
    private int _keptCount;

    /// <summary>Creates the state scope.</summary>
    /// <param name="storage">Where the documents live.</param>
    /// <param name="scopeName">A name unique among the scopes, used to cache the document in the turn.</param>
    /// <param name="keepValuesBetweenTurns">
    /// Hand a saved document's values, as objects, to the next turn that reads the same document,
    /// instead of deserialising them again. Only for a scope whose turns never overlap (one
    /// conversation's turns run one at a time), and whose property types hold nothing outside their JSON.
    /// </param>
    protected BotState(IStorage storage, string scopeName, bool keepValuesBetweenTurns = false)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _turnStateKey = "state:" + scopeName;
        _keptBetweenTurns = keepValuesBetweenTurns ? new(StringComparer.Ordinal) : null;
    }

    /// <summary>Declares a typed property of this scope.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new StatePropertyAccessor<T>(this, name, typeInfo);
    }

    /// <summary>Declares an append-only list of this scope.</summary>
    public IStateListAccessor<T> CreateList<T>(string name, JsonTypeInfo<T> itemTypeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(itemTypeInfo);
        return new StateListAccessor<T>(this, name, itemTypeInfo);
    }

    /// <summary>Loads the scope's document into the turn unless it already is (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(_turnStateKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        CachedState? kept = null;
        if (_keptBetweenTurns?.TryRemove(key, out kept) == true)
        {
            Interlocked.Decrement(ref _keptCount);
        }

        turnContext.TurnState[_turnStateKey] = items.TryGetValue(key, out var item)
            ? kept is not null && kept.Holds(item) ? kept : new CachedState(key, item.Utf8Json, item.ETag)
            : new CachedState(key, null, null);
    }

    /// <summary>Writes the document if anything changed in this turn (or <paramref name="force"/>).</summary>
    /// <exception cref="StorageConcurrencyException">Another process changed the document since it was loaded.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!turnContext.TurnState.TryGetValue(_turnStateKey, out var cachedObject))
        {
            return;
        }

        // What is left of the turn is mostly waiting for storage, so another turn may run meanwhile.
        TurnAdmission.Leave(turnContext);
        var cached = (CachedState)cachedObject;
        if (cached.Deleted)
        {
            await _storage.DeleteAsync([cached.Key], cancellationToken).ConfigureAwait(false);
            turnContext.TurnState.Remove(_turnStateKey);
            return;
        }

        var json = cached.Serialize();
        if (force || cached.OriginalJson is not { } original || !json.Span.SequenceEqual(original.Span))
        {
            var etags = await _storage.WriteAsync(
                new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [cached.Key] = StoreItem.FromUtf8(json, cached.ETag) },
                cancellationToken).ConfigureAwait(false);
            cached.MarkSaved(json, etags[cached.Key]);
        }

        if (_keptBetweenTurns is { } kept)
        {
            // A turn running alongside may leave the count one off; the bound need not be exact.
            if (Volatile.Read(ref _keptCount) >= MaxKeptBetweenTurns)
            {
                kept.Clear();
                Interlocked.Exchange(ref _keptCount, 0);
            }

            if (kept.TryAdd(cached.Key, cached))
            {
                Interlocked.Increment(ref _keptCount);
            }
            else
            {
                kept[cached.Key] = cached;
            }
        }
    }

    /// <summary>Empties the scope's document for this turn; the next save stores the empty document.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        GetCached(turnContext).Clear();
    }

    /// <summary>Deletes the scope's document; the deletion happens when the state is saved.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        GetCached(turnContext).Delete();
    }

    /// <summary>The storage key of the document for the turn's scope.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    private CachedState GetCached(ITurnContext turnContext) => (CachedState)turnContext.TurnState[_turnStateKey];

    private sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
    {
        public string Name => name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(defaultValueFactory);
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            var cached = state.GetCached(turnContext);

            // Presence, not the value, decides: a stored 0 or false is a value, not a missing one.
            if (cached.TryGet(name, typeInfo, out var value))
            {
                return value;
            }

            var created = defaultValueFactory();
            cached.Set(name, created, typeInfo);
            return created;
        }

        public async Task<T?> GetOrDefaultAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            return state.GetCached(turnContext).TryGet(name, typeInfo, out var value) ? value : default;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            state.GetCached(turnContext).Set(name, value, typeInfo);
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            state.GetCached(turnContext).Remove(name);
        }
    }

    private sealed class StateListAccessor<T>(BotState state, string name, JsonTypeInfo<T> itemTypeInfo) : IStateListAccessor<T>
    {
        public string Name => name;

        public async Task AppendAsync(ITurnContext turnContext, IEnumerable<T> items, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(items);
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            var cached = state.GetCached(turnContext);
            foreach (var item in items)
            {
                cached.Append(name, JsonSerializer.SerializeToUtf8Bytes(item, itemTypeInfo));
            }
        }

        public async Task<IReadOnlyList<T>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            return state.GetCached(turnContext).ReadList(name, itemTypeInfo);
        }

        public async Task<ReadOnlyMemory<byte>> ReadJsonAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            return state.GetCached(turnContext).ReadListJson(name);
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            state.GetCached(turnContext).Remove(name);
        }
    }

    /// <summary>The document as loaded in one turn, with the typed values read or set since.</summary>
    /// <remarks>
    /// Properties are kept as their raw UTF-8 JSON and only the ones used in the turn are
    /// deserialised, straight from it: no DOM of the whole document is built, and properties the
    /// turn did not touch are written back byte for byte.
    /// </remarks>
    private sealed class CachedState(string key, ReadOnlyMemory<byte>? originalJson, string? etag)
    {
        private readonly Dictionary<string, (object? Value, Func<object?, byte[]> Serialize)> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<byte[]>> _appended = new(StringComparer.Ordinal);
        private List<KeyValuePair<string, ReadOnlyMemory<byte>>>? _properties;

        public string Key { get; } = key;

        public ReadOnlyMemory<byte>? OriginalJson { get; private set; } = originalJson;

        public string? ETag { get; private set; } = etag;

        public bool Deleted { get; private set; }

        // The document's properties in document order, as raw JSON values.
        private List<KeyValuePair<string, ReadOnlyMemory<byte>>> Properties => _properties ??= Split(OriginalJson);

        public bool TryGet<T>(string name, JsonTypeInfo<T> typeInfo, out T value)
        {
            if (_values.TryGetValue(name, out var cached))
            {
                value = cached.Value is T typed ? typed : default!;
                return cached.Value is not null;
            }

            var index = IndexOf(name);
            if (index < 0 || Properties[index].Value.Span.SequenceEqual("null"u8))
            {
                value = default!;
                return false;
            }

            value = JsonSerializer.Deserialize(Properties[index].Value.Span, typeInfo)!;
            _values[name] = (value, v => JsonSerializer.SerializeToUtf8Bytes((T)v!, typeInfo));
            return value is not null;
        }

        public void Set<T>(string name, T value, JsonTypeInfo<T> typeInfo)
        {
            Deleted = false;
            _values[name] = (value, v => JsonSerializer.SerializeToUtf8Bytes((T)v!, typeInfo));
        }

        public void Append(string name, byte[] item)
        {
            Deleted = false;
            if (!_appended.TryGetValue(name, out var items))
            {
                _appended[name] = items = [];
            }

            items.Add(item);
        }

        // The items of the list's JSON (see ReadListJson), so that the stored and the appended items
        // are joined in one place.
        public List<T> ReadList<T>(string name, JsonTypeInfo<T> itemTypeInfo)
        {
            var list = new List<T>();
            var reader = new Utf8JsonReader(ReadListJson(name).Span);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(JsonSerializer.Deserialize(ref reader, itemTypeInfo)!);
                }
            }

            return list;
        }

        public ReadOnlyMemory<byte> ReadListJson(string name)
        {
            var index = IndexOf(name);
            var stored = index >= 0 ? Properties[index].Value : ReadOnlyMemory<byte>.Empty;
            if (!_appended.TryGetValue(name, out var appended))
            {
                return stored.Span.StartsWith("["u8) ? stored : "[]"u8.ToArray();
            }

            var json = new byte[ArraySplice.Length(stored.Span, appended)];
            return json.AsMemory(0, ArraySplice.Write(stored.Span, appended, json));
        }

        public void Remove(string name)
        {
            _values.Remove(name);
            _appended.Remove(name);
            var index = IndexOf(name);
            if (index >= 0)
            {
                Properties.RemoveAt(index);
            }
        }

        public void Clear()
        {
            _values.Clear();
            _appended.Clear();
            _properties = [];
        }

        public void Delete()
        {
            Clear();
            Deleted = true;
        }

        /// <summary>The document as UTF-8 JSON, in memory of its own that nothing changes afterwards.</summary>
        public ReadOnlyMemory<byte> Serialize()
        {
            // Values read in this turn may have been mutated in place, so they are all written back.
            var properties = Properties;
            foreach (var (name, (value, serialize)) in _values)
            {
                var json = serialize(value);
                var index = IndexOf(name);
                if (index < 0)
                {
                    properties.Add(new(name, json));
                }
                else
                {
                    properties[index] = new(name, json);
                }
            }

            // Appended items are written straight into the document after the stored ones.
            var appended = new List<byte[]>?[properties.Count + _appended.Count];
            foreach (var (name, items) in _appended)
            {
                var index = IndexOf(name);
                if (index < 0)
                {
                    index = properties.Count;
                    properties.Add(new(name, ReadOnlyMemory<byte>.Empty));
                }

                appended[index] = items;
            }

            var names = new JsonEncodedText[properties.Count];
            var length = 2;
            for (var i = 0; i < properties.Count; i++)
            {
                names[i] = JsonEncodedText.Encode(properties[i].Key);
                var value = appended[i] is { } items ? ArraySplice.Length(properties[i].Value.Span, items) : properties[i].Value.Length;
                length += names[i].EncodedUtf8Bytes.Length + value + 4;
            }

            var document = new byte[length];
            var written = new List<KeyValuePair<string, ReadOnlyMemory<byte>>>(properties.Count);
            var at = 0;
            document[at++] = (byte)'{';
            for (var i = 0; i < properties.Count; i++)
            {
                if (i > 0)
                {
                    document[at++] = (byte)',';
                }

                document[at++] = (byte)'"';
                names[i].EncodedUtf8Bytes.CopyTo(document.AsSpan(at));
                at += names[i].EncodedUtf8Bytes.Length;
                document[at++] = (byte)'"';
                document[at++] = (byte)':';
                var start = at;
                if (appended[i] is { } items)
                {
                    at += ArraySplice.Write(properties[i].Value.Span, items, document.AsSpan(at));
                }
                else
                {
                    properties[i].Value.Span.CopyTo(document.AsSpan(at));
                    at += properties[i].Value.Length;
                }

                written.Add(new(properties[i].Key, document.AsMemory(start, at - start)));
            }

            document[at++] = (byte)'}';

            // The properties now point into the new document, so neither the rest of this turn nor the
            // next one (see BotState's keepValuesBetweenTurns) has to split it again.
            _properties = written;
            _appended.Clear();
            return document.AsMemory(0, at);
        }

        public void MarkSaved(ReadOnlyMemory<byte> json, string etag)
        {
            OriginalJson = json;
            ETag = etag;
        }

        /// <summary>
        /// True when <paramref name="stored"/> is the document this state last saved or read, so its
        /// values are what deserialising the document would give. The content is compared, not only
        /// the version: a document deleted and created again can have an earlier document's version.
        /// </summary>
        public bool Holds(StoreItem stored) =>
            !Deleted && ETag == stored.ETag && OriginalJson is { } json && json.Span.SequenceEqual(stored.Utf8Json.Span);

        /// <summary>A stored JSON array (or none) with items written in before its closing bracket, the stored ones unparsed.</summary>
        private static class ArraySplice
        {
            public static int Length(ReadOnlySpan<byte> stored, List<byte[]> items)
            {
                var head = Head(stored, out var empty);
                var length = head.Length + items.Count - (empty ? 1 : 0) + 1;
                foreach (var item in items)
                {
                    length += item.Length;
                }

                return length;
            }

            public static int Write(ReadOnlySpan<byte> stored, List<byte[]> items, Span<byte> destination)
            {
                var head = Head(stored, out var empty);
                head.CopyTo(destination);
                var at = head.Length;
                foreach (var item in items)
                {
                    if (!empty)
                    {
                        destination[at++] = (byte)',';
                    }

                    empty = false;
                    item.CopyTo(destination[at..]);
                    at += item.Length;
                }

                destination[at++] = (byte)']';
                return at;
            }

            // The array without its closing bracket; anything but an array starts a new one.
            private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> stored, out bool empty)
            {
                var span = stored.TrimEnd(" \t\r\n"u8);
                var head = span.Length > 0 && span[0] == (byte)'[' && span[^1] == (byte)']' ? span[..^1] : "["u8;
                empty = head.TrimEnd(" \t\r\n"u8).Length == 1;
                return head;
            }
        }

        private int IndexOf(string name)
        {
            var properties = Properties;
            for (var i = 0; i < properties.Count; i++)
            {
                if (string.Equals(properties[i].Key, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private static List<KeyValuePair<string, ReadOnlyMemory<byte>>> Split(ReadOnlyMemory<byte>? json)
        {
            var properties = new List<KeyValuePair<string, ReadOnlyMemory<byte>>>();
            if (json is not { } utf8)
            {
                return properties;
            }

            var reader = new Utf8JsonReader(utf8.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return properties;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var raw = new KeyValuePair<string, ReadOnlyMemory<byte>>(name, utf8.Slice(start, (int)reader.BytesConsumed - start));

                // A repeated name keeps its last value, as a JSON object would.
                var index = properties.FindIndex(p => string.Equals(p.Key, name, StringComparison.Ordinal));
                if (index < 0)
                {
                    properties.Add(raw);
                }
                else
                {
                    properties[index] = raw;
                }
            }

            return properties;
        }
    }
}
