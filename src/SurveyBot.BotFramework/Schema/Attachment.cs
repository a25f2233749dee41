using System.Text.Json.Nodes;

namespace SurveyBot.BotFramework.Schema;

/// <summary>A media file or card attached to an activity.</summary>
public sealed class Attachment : ExtensibleObject
{
    /// <summary>The MIME type, or a card type such as <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>Where the content can be fetched.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>Inline content, such as a card's JSON.</summary>
    public JsonNode? Content { get; set; }

    /// <summary>The file name.</summary>
    public string? Name { get; set; }

    /// <summary>A thumbnail's URL.</summary>
    public string? ThumbnailUrl { get; set; }
}
