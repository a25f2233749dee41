namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>The result of a prompt that gave up after <see cref="PromptOptions.MaxAttempts"/> answers it could not accept.</summary>
/// <param name="PromptId">The prompt's dialog id.</param>
/// <param name="Attempts">How many answers were tried.</param>
/// <param name="LastText">The last answer's text.</param>
public sealed record PromptFailure(string PromptId, int Attempts, string? LastText);
