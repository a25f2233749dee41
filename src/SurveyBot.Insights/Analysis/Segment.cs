namespace SurveyBot.Insights.Analysis;

/// <summary>A piece of text to analyse and, when it answers a stage-specific question, its known stage.</summary>
/// <param name="Text">The respondent's words.</param>
/// <param name="Stage">The journey stage the text is about, or null to infer it.</param>
internal sealed record Segment(string Text, string? Stage);
