namespace SurveyBot.Insights.Text;

/// <summary>One normalised word of the input and where it came from.</summary>
/// <param name="Word">The normalised lower-case word (contractions expanded, spelling unified).</param>
/// <param name="Stem">The word with inflection stripped, used for matching.</param>
/// <param name="Start">Offset of the original token in the input.</param>
/// <param name="End">Offset just past the original token in the input.</param>
internal readonly record struct Token(string Word, string Stem, int Start, int End);
