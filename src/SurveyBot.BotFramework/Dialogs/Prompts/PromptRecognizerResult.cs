namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt understood from an answer.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
/// <param name="Succeeded">True when the answer was understood.</param>
/// <param name="Value">The value understood; default when not.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);
