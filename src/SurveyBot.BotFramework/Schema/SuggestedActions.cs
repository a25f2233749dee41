namespace SurveyBot.BotFramework.Schema;

/// <summary>Buttons shown under a message until the user answers.</summary>
public sealed class SuggestedActions : ExtensibleObject
{
    /// <summary>Ids of the recipients the actions are shown to; every member when empty.</summary>
    public IList<string>? To { get; set; }

    /// <summary>The actions.</summary>
    public IList<CardAction> Actions { get; set; } = [];
}
