using System.Text.Json.Nodes;

namespace SurveyBot.BotFramework.Schema;

/// <summary>A clickable action: a suggested action or a card button.</summary>
public sealed class CardAction : ExtensibleObject
{
    /// <summary>Creates an empty action (for deserialisation).</summary>
    public CardAction()
    {
    }

    /// <summary>Creates an action of a type with a title and value.</summary>
    public CardAction(string type, string title, JsonNode? value)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The button's caption.</summary>
    public string? Title { get; set; }

    /// <summary>An image shown on the button.</summary>
    public string? Image { get; set; }

    /// <summary>Text sent to the bot (messageBack).</summary>
    public string? Text { get; set; }

    /// <summary>Text shown in the transcript (messageBack).</summary>
    public string? DisplayText { get; set; }

    /// <summary>The action's value: text for imBack, any JSON for postBack and messageBack.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>Channel-specific data.</summary>
    public JsonNode? ChannelData { get; set; }
}
