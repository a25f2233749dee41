using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// Runs the dialogs of one <see cref="DialogSet"/> over one stack in one turn: begins, continues,
/// ends, replaces and cancels them. The stack's top (index 0) is the active dialog.
/// </summary>
public sealed class DialogContext
{
    private readonly List<DialogInstance> _stack;

    /// <summary>Creates a context over a stack.</summary>
    /// <param name="dialogs">The dialogs that can be begun.</param>
    /// <param name="turnContext">The current turn.</param>
    /// <param name="state">The stack, changed in place.</param>
    /// <param name="parent">The context of the component dialog that owns this one, searched for dialogs not in <paramref name="dialogs"/>.</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        Parent = parent;
        _stack = state.DialogStack;
    }

    /// <summary>The dialogs that can be begun here.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The context of the component dialog that owns this one, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The dialogs in progress, the active one first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _stack;

    /// <summary>The active dialog's instance; null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => _stack.Count > 0 ? _stack[0] : null;

    /// <summary>Finds a dialog here or in a parent context.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog onto the stack and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was added to this dialog set or its parents; add it before beginning it.");
        _stack.Insert(0, new DialogInstance(dialogId));
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Continues the active dialog with the turn's activity; <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? GetDialog(active).ContinueDialogAsync(this, cancellationToken)
            : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    /// <returns><see cref="DialogTurnStatus.Complete"/> with the result when the stack is then empty, or what the resumed dialog returns.</returns>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        }

        return ActiveDialog is { } parent
            ? await GetDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the dialog below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack, active first.</summary>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> when nothing was active.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        while (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? GetDialog(active).RepromptDialogAsync(Context, active, cancellationToken)
            : Task.CompletedTask;

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = _stack[0];
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        _stack.RemoveAt(0);
    }

    private Dialog GetDialog(DialogInstance instance) => FindDialog(instance.Id)
        ?? throw new InvalidOperationException(
            $"The stored dialog stack refers to dialog '{instance.Id}', which is not in this dialog set; the bot's dialogs changed since the conversation began.");
}
