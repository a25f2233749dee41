namespace SurveyBot.Insights;

/// <summary>An interaction in which the respondent formed or changed an impression of the brand.</summary>
/// <param name="Moment"><c>ZMOT</c>, <c>FMOT</c>, <c>SMOT</c> or <c>UMOT</c>.</param>
/// <param name="Polarity">The impression formed: <c>positive</c>, <c>negative</c> or <c>neutral</c>.</param>
/// <param name="Text">The respondent's words that show the moment.</param>
public sealed record MomentOfTruth(string Moment, string Polarity, string Text);
