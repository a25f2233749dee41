using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Web.Tests.Support;

/// <summary>
/// A bot with known answers: greets on joining, echoes messages, offers buttons on "choose",
/// and holds a "slow" turn until <see cref="ReleaseSlowTurn"/> is called.
/// </summary>
public sealed class TestBot : IBot
{
    private readonly TaskCompletionSource _slowTurn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowTurnStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public const string Greeting = "Welcome to the test survey.";

    public Task SlowTurnStarted => _slowTurnStarted.Task;

    public void ReleaseSlowTurn() => _slowTurn.TrySetResult();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        switch (activity.Text)
        {
            case "slow":
                _slowTurnStarted.TrySetResult();
                await _slowTurn.Task.WaitAsync(cancellationToken);
                await turnContext.SendActivityAsync("slow done", cancellationToken: cancellationToken);
                break;
            case "choose":
                var question = Activity.CreateMessage("Pick one");
                question.SuggestedActions = new SuggestedActions
                {
                    Actions = [new CardAction(ActionTypes.ImBack, "Yes", "Yes"), new CardAction(ActionTypes.ImBack, "No", "No")],
                };
                await turnContext.SendActivityAsync(question, cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync("echo: " + activity.Text, cancellationToken: cancellationToken);
                break;
        }
    }
}
