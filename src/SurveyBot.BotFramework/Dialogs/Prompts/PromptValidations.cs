namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>Built-in limits on an answer: a number's range, or how many choices a multi-choice answer picks.</summary>
/// <param name="Min">The smallest accepted value, or null.</param>
/// <param name="Max">The largest accepted value, or null.</param>
/// <param name="Message">Sent when the answer is outside the limits; a message naming the limits when null.</param>
public sealed record PromptValidations(double? Min = null, double? Max = null, string? Message = null);
