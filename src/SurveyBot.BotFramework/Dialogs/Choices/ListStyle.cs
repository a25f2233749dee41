namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Buttons where the channel shows them, otherwise numbered text.</summary>
    Auto,

    /// <summary>Buttons (suggested actions), whatever the channel.</summary>
    SuggestedAction,

    /// <summary>Numbered text on one line: "(1) Positive, (2) Negative, or (3) Mixed".</summary>
    Inline,

    /// <summary>Numbered text, one choice per line: "1. Positive".</summary>
    List,

    /// <summary>Choices are not shown.</summary>
    None,
}
