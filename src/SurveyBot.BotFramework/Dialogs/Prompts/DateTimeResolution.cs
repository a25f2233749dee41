namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>One reading of a date or time answer, as the DateTime recognizer resolves it.</summary>
/// <param name="Timex">The TIMEX expression, such as <c>2024-03-03</c> or <c>XXXX-03-03</c>.</param>
/// <param name="Type">The kind: date, time, datetime, daterange, …</param>
/// <param name="Value">The point in time, when the answer names one (<c>2024-03-03</c>).</param>
/// <param name="Start">The start of a range.</param>
/// <param name="End">The end of a range.</param>
public sealed record DateTimeResolution(string? Timex, string? Type, string? Value = null, string? Start = null, string? End = null);
