namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Decides whether a prompt accepts an answer. Return false to ask again: with
/// <see cref="PromptValidatorContext{T}.RetryMessage"/> when set, otherwise with the retry prompt
/// (unless the validator sent a message itself).
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
