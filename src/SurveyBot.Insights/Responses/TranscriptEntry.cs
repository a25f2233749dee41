namespace SurveyBot.Insights.Responses;

/// <summary>One message of an interview's transcript.</summary>
/// <param name="Timestamp">When it was sent.</param>
/// <param name="Sender"><c>bot</c> or <c>user</c>.</param>
/// <param name="Text">What was said.</param>
/// <param name="StepId">The step asked or answered, when there was one.</param>
public sealed record TranscriptEntry(DateTimeOffset Timestamp, string Sender, string Text, string? StepId = null);
