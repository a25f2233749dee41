namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>Shorthands for recognition results.</summary>
internal static class Recognized
{
    public static PromptRecognizerResult<T> Failed<T>() => new(false, default);

    public static PromptRecognizerResult<T> Success<T>(T value) => new(true, value);
}
