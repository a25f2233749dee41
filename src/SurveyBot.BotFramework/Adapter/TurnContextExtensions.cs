using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>Conveniences for sending from a turn.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends a plain text message.</summary>
    public static Task<ResourceResponse> SendActivityAsync(
        this ITurnContext turnContext,
        string text,
        string? inputHint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = Activity.CreateMessage(text);
        message.InputHint = inputHint ?? InputHints.AcceptingInput;
        return turnContext.SendActivityAsync(message, cancellationToken);
    }
}
