namespace SurveyBot.BotFramework.Dialogs;

/// <summary>The outcome of a dialog operation in this turn.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The value of a completed dialog (for example a prompt's answer); lives for this turn only.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The active dialog waits for the user.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog was active.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
