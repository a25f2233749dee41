namespace SurveyBot.BotFramework.Adapter;

/// <summary>The bot's logic: handles one turn, the processing of one inbound activity.</summary>
public interface IBot
{
    /// <summary>Handles the turn's activity, sending replies through <paramref name="turnContext"/>.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
