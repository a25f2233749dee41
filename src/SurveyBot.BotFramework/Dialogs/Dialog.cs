using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// A unit of conversation that can span turns: it is begun, continued with each message while it
/// is active, resumed when a dialog it started ends, and finally ends with a result. Its state
/// lives in its <see cref="DialogInstance"/>, never in fields, so one dialog object serves every
/// conversation and a restarted process resumes where the stored state says.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates the dialog with its id, unique within its <see cref="DialogSet"/>.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The dialog's id, unique within its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; its instance is already on top of the stack.</summary>
    /// <param name="dc">The dialog context, whose <see cref="DialogContext.ActiveDialog"/> is this dialog's new instance.</param>
    /// <param name="options">What the caller passed to <see cref="DialogContext.BeginDialogAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the user's message while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Runs again after a dialog this one started ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks its question again (prompts); by default does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Cleans up as its instance leaves the stack; by default does nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
