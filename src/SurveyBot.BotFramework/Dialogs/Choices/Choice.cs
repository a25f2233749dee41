namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>One answer a choice prompt offers.</summary>
/// <param name="Value">The answer, shown on its button and returned when picked.</param>
public sealed record Choice(string Value)
{
    /// <summary>Other words that pick this choice ("good" for "Positive").</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }
}
