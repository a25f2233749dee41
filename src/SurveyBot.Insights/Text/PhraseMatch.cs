namespace SurveyBot.Insights.Text;

/// <summary>A lexicon phrase found in a token list.</summary>
/// <typeparam name="T">The payload attached to the phrase in the lexicon.</typeparam>
/// <param name="Start">Index of the first matched token.</param>
/// <param name="End">Index just past the last matched token.</param>
/// <param name="Value">The payload.</param>
/// <param name="Words">Number of words in the lexicon phrase (longer phrases are more specific).</param>
/// <param name="HasNegation">Whether the phrase itself contains a negation ("no refund").</param>
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value, int Words, bool HasNegation);
