using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot;

/// <summary>Greets a new user and repeats what they say.</summary>
internal sealed class GreetingBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        {
            await turnContext.SendActivityAsync("Hello, I'm SurveyBot. Tell me anything and I'll say it back.", cancellationToken: cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync("You said: " + activity.Text, cancellationToken: cancellationToken);
        }
    }
}
