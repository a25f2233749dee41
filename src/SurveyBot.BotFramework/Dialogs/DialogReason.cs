namespace SurveyBot.BotFramework.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just begun.</summary>
    BeginCalled,

    /// <summary>The dialog is continued with the user's message.</summary>
    ContinueCalled,

    /// <summary>A dialog above it ended, or it ended itself.</summary>
    EndCalled,

    /// <summary>It is being replaced by another dialog.</summary>
    ReplaceCalled,

    /// <summary>All dialogs were cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped to the next step.</summary>
    NextCalled,
}
