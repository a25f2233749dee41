namespace SurveyBot.Insights.Text;

/// <summary>A stretch of one sentence that expresses one idea (split at commas, "but", "then", ...).</summary>
/// <param name="Sentence">Index of the sentence in its text.</param>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index just past the last token.</param>
/// <param name="Contrast">Whether the clause opens with a contrast ("but", "however"), which makes it weigh more.</param>
internal sealed record Clause(int Sentence, int Start, int End, bool Contrast)
{
    public int Length => End - Start;
}
