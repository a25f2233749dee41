using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Testing;

/// <summary>
/// Writes every turn, the user's activity and the bot's replies, to a test's output (pass
/// <c>ITestOutputHelper.WriteLine</c>), so a failing test shows the conversation.
/// </summary>
public sealed class TranscriptLoggingMiddleware(Action<string> writeLine) : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        writeLine(Describe("user", turnContext.Activity));
        await next(cancellationToken);
        foreach (var reply in turnContext.SentActivities)
        {
            writeLine(Describe(" bot", reply));
        }
    }

    /// <summary>One line describing an activity: its text, buttons and survey step.</summary>
    public static string Describe(string who, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Type == ActivityTypes.Message ? activity.Text : $"[{activity.Type}]";
        var buttons = activity.SuggestedActionTitles() is { Count: > 0 } titles ? $" [{string.Join(" | ", titles)}]" : string.Empty;
        var step = activity.SurveyStepId() is { } id ? $" (step {id})" : string.Empty;
        return $"{who}: {text}{buttons}{step}";
    }
}
