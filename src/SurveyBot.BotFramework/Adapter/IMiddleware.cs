namespace SurveyBot.BotFramework.Adapter;

/// <summary>A step of the adapter's pipeline that runs around the bot on every turn.</summary>
public interface IMiddleware
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue the pipeline (or not, to stop it).</summary>
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
