namespace SurveyBot.Scripts;

/// <summary>A follow-up asked once when a text answer has fewer than <paramref name="MinWords"/> words.</summary>
public sealed record StepProbe(int MinWords, string Prompt);
