using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>A page of a conversation's activities and the watermark to ask for the next page from.</summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">The position after the last activity; null when the set moves no position (typing).</param>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
