namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>A choice recognised in an answer.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position among the choices, from 0.</param>
/// <param name="Score">How sure the match is, from 0 to 1 (1 for an exact value, number or ordinal).</param>
/// <param name="Synonym">The value or synonym the answer matched.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
