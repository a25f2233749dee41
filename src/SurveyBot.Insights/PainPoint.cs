namespace SurveyBot.Insights;

/// <summary>Something that went wrong for the respondent.</summary>
/// <param name="Category"><c>financial</c>, <c>time-effort</c>, <c>process</c>, <c>support</c> or <c>product</c>.</param>
/// <param name="Text">The respondent's words that show the pain point.</param>
public sealed record PainPoint(string Category, string Text);
