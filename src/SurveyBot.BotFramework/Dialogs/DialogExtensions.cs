using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>Running a root dialog from a bot's turn handler.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the conversation's active dialog or, when none is active, begins <paramref name="dialog"/>.
    /// The caller saves conversation state after the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> dialogState,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogs = new DialogSet(dialogState).Add(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
