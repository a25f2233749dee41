namespace SurveyBot.Insights;

/// <summary>A feeling the respondent reports about themselves.</summary>
/// <param name="Emotion">Emotion label, e.g. <c>frustration</c>.</param>
/// <param name="Valence"><c>positive</c>, <c>negative</c> or <c>neutral</c>.</param>
/// <param name="Stage">The journey stage at which it was felt.</param>
/// <param name="Text">The respondent's words that show the feeling.</param>
public sealed record Feeling(string Emotion, string Valence, string Stage, string Text);
