using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.Schema;

/// <summary>
/// Base of every protocol object: channels send more fields than this library models, and a
/// bot that forwards or stores an object must not drop them.
/// </summary>
public abstract class ExtensibleObject
{
    /// <summary>Fields present in the JSON that this type does not model, kept for round-trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
