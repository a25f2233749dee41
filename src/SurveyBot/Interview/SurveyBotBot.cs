using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.Commands;
using SurveyBot.Insights.Responses;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// The bot: each script runs as a waterfall dialog whose stack, with the typed
/// <see cref="InterviewState"/> pinned to the script's id and content hash, is kept in
/// conversation state. Restart, stop and forget me are handled here, before the dialog sees the text.
/// </summary>
public sealed class SurveyBotBot : IBot
{
    private readonly InterviewServices _services;
    private readonly InterviewStore _store;
    private readonly InterviewLifecycle _lifecycle;
    private readonly ReturningRespondent _returning;

    /// <summary>Creates the bot and turns every loaded script into its dialog.</summary>
    public SurveyBotBot(
        ScriptCatalog catalog,
        IInterviewAnalyst analyst,
        IResponseStore responses,
        IStorage storage,
        ConversationState conversationState,
        UserState userState,
        InterviewOptions options,
        TimeProvider time,
        ILogger<SurveyBotBot> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        _services = new InterviewServices(catalog, analyst, responses, storage, options, time, logger);
        _store = new InterviewStore(storage, conversationState, userState);
        _lifecycle = new InterviewLifecycle(new ScriptDialogFactory(catalog, _store), _store);
        _returning = new ReturningRespondent(_lifecycle, _store);
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.ConversationUpdate or ActivityTypes.Message))
        {
            return;
        }

        var turn = new InterviewTurn(turnContext, await _store.LoadAsync(turnContext, cancellationToken), _services, _store.Transcript, cancellationToken);
        var run = turn.State.RunId;
        turn.Attach();
        if (activity.Type == ActivityTypes.Message)
        {
            await OnMessageAsync(turn, (activity.Text ?? "").Trim());
        }
        else if (activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true && !turn.State.Greeted)
        {
            await _lifecycle.BeginAsync(turn);
        }

        turn.RecordSent();
        if (turn.State.RunId != run || turn.State.Status != InterviewStatus.InProgress)
        {
            // The run this turn began in is over, or was never started.
            _services.Analyst.EndRun(run);
        }

        await _store.SaveAsync(turn);
    }

    private async Task OnMessageAsync(InterviewTurn turn, string text)
    {
        var state = turn.State;
        var script = state.ScriptId.Length == 0 ? null : await _services.Catalog.FindAsync(state.ScriptId, state.ScriptHash, _services.Storage, turn.CancellationToken);
        var dc = await _lifecycle.ContextAsync(turn, script);
        var active = dc.ActiveDialog?.Id;
        if (!state.Greeted || (state.Status is InterviewStatus.Completed or InterviewStatus.Ended or InterviewStatus.NotStarted && active != ScriptDialogFactory.ResumeId))
        {
            state.Greeted = false;
            await _lifecycle.BeginAsync(turn);
            return;
        }

        turn.RecordUser(text);
        if (text.Length > _services.Options.MaxAnswerLength)
        {
            await turn.SayAsync(string.Create(CultureInfo.InvariantCulture, $"That's longer than I can take in one go. Could you shorten it to under {_services.Options.MaxAnswerLength} characters?"));
            await dc.RepromptDialogAsync(turn.CancellationToken);
            return;
        }

        var command = CommandRecognizer.Recognize(text);
        if (active == ScriptDialogFactory.ResumeId)
        {
            await _returning.OnAnswerAsync(turn, dc, command);
        }
        else if (active == ScriptDialogFactory.StartAgainId)
        {
            await _lifecycle.OnStartAgainAnswerAsync(turn, dc, command);
        }
        else if (script is null)
        {
            await InterviewLifecycle.OnVersionGoneAsync(turn, dc);
        }
        else if (command == InterviewCommand.ForgetMe)
        {
            await (active == ForgetMeDialog.Id ? ForgetMeDialog.ForgetAsync(turn, _store) : dc.BeginDialogAsync(ForgetMeDialog.Id, null, turn.CancellationToken));
        }
        else if (command == InterviewCommand.Restart && active != ForgetMeDialog.Id)
        {
            await _lifecycle.RestartAsync(turn, script);
        }
        else if (command == InterviewCommand.Stop && active != ForgetMeDialog.Id)
        {
            await InterviewLifecycle.StopAsync(turn);
        }
        else if ((await dc.ContinueDialogAsync(turn.CancellationToken)).Status == DialogTurnStatus.Empty)
        {
            // A run saved without a dialog stack, by an earlier version of the bot, asks its current step again.
            var from = state.CurrentStepId is { } stepId ? new JsonObject { ["from"] = stepId, ["again"] = true } : null;
            await dc.BeginDialogAsync(ScriptDialog.IdOf(script), from, turn.CancellationToken);
        }
    }
}
