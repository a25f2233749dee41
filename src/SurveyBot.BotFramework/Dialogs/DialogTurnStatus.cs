namespace SurveyBot.BotFramework.Dialogs;

/// <summary>Where the dialog stack stands after a dialog operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog was active.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog finished; its result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
