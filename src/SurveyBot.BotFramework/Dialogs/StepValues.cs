using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// The answers a waterfall keeps between its steps, typed on the way in and out and persisted as
/// JSON in the waterfall's state, so they survive a restart.
/// </summary>
public sealed class StepValues
{
    /// <summary>Creates a view over a JSON object (the waterfall's <c>values</c>).</summary>
    public StepValues(JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Json = values;
    }

    /// <summary>The underlying JSON object, for export.</summary>
    public JsonObject Json { get; }

    /// <summary>The keys present.</summary>
    public IEnumerable<string> Keys => ((IDictionary<string, JsonNode?>)Json).Keys;

    /// <summary>True when a value is stored under <paramref name="key"/>.</summary>
    public bool Contains(string key) => Json.ContainsKey(key);

    /// <summary>Returns the value under <paramref name="key"/>, or the type's default when absent.</summary>
    public T? GetValue<T>(string key, JsonTypeInfo<T> typeInfo) =>
        TryGetValue(key, typeInfo, out var value) ? value : default;

    /// <summary>Reads the value under <paramref name="key"/>; false when absent or null.</summary>
    public bool TryGetValue<T>(string key, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (Json.TryGetPropertyValue(key, out var node) && node is not null && node.Deserialize(typeInfo) is { } found)
        {
            value = found;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Returns the string under <paramref name="key"/>, or null when absent.</summary>
    public string? GetString(string key) =>
        Json.TryGetPropertyValue(key, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void SetValue<T>(string key, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Json[key] = JsonSerializer.SerializeToNode(value, typeInfo);
    }

    /// <summary>Stores a string under <paramref name="key"/>.</summary>
    public void SetValue(string key, string? value) => Json[key] = value is null ? null : JsonValue.Create(value);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public bool Remove(string key) => Json.Remove(key);
}
