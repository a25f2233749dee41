namespace SurveyBot.BotFramework.Schema;

/// <summary>
/// Metadata about an activity (a mention, the client's place or capabilities); the fields
/// beyond <see cref="Type"/> differ by entity type and live in <see cref="ExtensibleObject.Properties"/>.
/// </summary>
public sealed class Entity : ExtensibleObject
{
    /// <summary>The entity type, such as <c>mention</c> or <c>clientInfo</c>.</summary>
    public string? Type { get; set; }
}
