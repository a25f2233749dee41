namespace SurveyBot.Scripts;

/// <summary>One choice of a choice step: the stored value (also the button title) and other words that select it.</summary>
public sealed record ScriptChoice(string Value, IReadOnlyList<string> Synonyms);
