namespace SurveyBot.Insights;

/// <summary>One interaction between the customer and the firm (or about the firm).</summary>
/// <param name="Category">Touchpoint category label from the domain vocabulary, e.g. <c>delivery</c>.</param>
/// <param name="Ownership"><c>brand-owned</c>, <c>partner-owned</c>, <c>customer-owned</c> or <c>social-external</c>.</param>
/// <param name="Stage"><c>pre-purchase</c>, <c>purchase</c> or <c>post-purchase</c>.</param>
/// <param name="Sentiment">The respondent's final verdict: <c>positive</c>, <c>negative</c> or <c>neutral</c>.</param>
/// <param name="Text">The respondent's words that show the touchpoint.</param>
public sealed record Touchpoint(string Category, string Ownership, string Stage, string Sentiment, string Text);
