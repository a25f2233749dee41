using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>Conveniences for a turn's bot code.</summary>
public static class TurnContextExtensions
{
    /// <summary>
    /// Gives back the turn's place among those running their bot code at once
    /// (<see cref="BotAdapterOptions.MaxConcurrentTurns"/>) before the turn waits for storage or another
    /// service, so that the next turn in line runs meanwhile; the turn goes on without a place.
    /// Saving state does it by itself.
    /// </summary>
    public static void LeaveAdmission(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnAdmission.Leave(turnContext);
    }

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
