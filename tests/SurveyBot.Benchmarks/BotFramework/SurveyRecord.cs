namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>One saved survey in the benchmark user's profile.</summary>
public sealed record SurveyRecord(string Company, string Sentiment, string Before, string Purchase, string After, int Rating);
