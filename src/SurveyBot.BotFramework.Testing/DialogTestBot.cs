using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Testing;

/// <summary>
/// A bot that runs one dialog over conversation state and saves it after every turn, as a real
/// bot does, so transcript tests exercise persistence too.
/// </summary>
public sealed class DialogTestBot : IBot
{
    private readonly Dialog _dialog;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    /// <summary>Creates the bot over <paramref name="storage"/> (a new <see cref="MemoryStorage"/> when null).</summary>
    public DialogTestBot(Dialog dialog, IStorage? storage = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialog = dialog;
        _conversationState = new ConversationState(storage ?? new MemoryStorage());
        _dialogState = _conversationState.CreateProperty("dialogState", DialogJsonContext.Default.DialogState);
    }

    /// <summary>What the dialog stack reported at the end of the last turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        LastResult = await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
