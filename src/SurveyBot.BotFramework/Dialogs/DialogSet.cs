using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>The dialogs that can run in one context, by id, and where their stack is stored.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>Creates a set whose stack is kept by its owner (a component dialog).</summary>
    public DialogSet()
    {
    }

    /// <summary>Creates a set whose stack is the <paramref name="dialogState"/> property of conversation state.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>The dialogs in the set.</summary>
    public IReadOnlyCollection<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds a dialog.</summary>
    /// <exception cref="ArgumentException">Another dialog with the same id is already in the set.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set; give each dialog a unique id.", nameof(dialog));
        }

        return this;
    }

    /// <summary>Finds a dialog by id; null when absent.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>
    /// Loads the conversation's dialog stack and returns a context over it. A stack stored in a
    /// schema version this library does not know is discarded, so the conversation starts afresh.
    /// </summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set was created without a dialog state property; create it with new DialogSet(conversationState.CreateProperty(...)).");
        }

        var state = await _dialogState.GetAsync(turnContext, static () => new DialogState(), cancellationToken).ConfigureAwait(false);
        if (state.SchemaVersion != DialogState.CurrentSchemaVersion)
        {
            state.SchemaVersion = DialogState.CurrentSchemaVersion;
            state.DialogStack.Clear();
        }

        return new DialogContext(this, turnContext, state);
    }
}
