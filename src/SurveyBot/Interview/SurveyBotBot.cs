using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.Interview;

/// <summary>The bot: every turn goes to the interview.</summary>
public sealed class SurveyBotBot(InterviewDialog interview) : IBot
{
    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        interview.OnTurnAsync(turnContext, cancellationToken);
}
