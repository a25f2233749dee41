using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>The context of one turn: the inbound activity, per-turn state and the way to reply.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Values that live for this turn only (cached conversation state, services).</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once the bot has sent at least one message in this turn.</summary>
    bool Responded { get; }

    /// <summary>The activities sent so far in this turn, in order.</summary>
    IReadOnlyList<Activity> SentActivities { get; }

    /// <summary>
    /// Sends an activity, addressed as a reply to the inbound one unless it sets its own address.
    /// Messages are delivered when the turn has completed and its state is saved, so a turn that
    /// is retried never shows its replies twice; typing indicators go out at once.
    /// </summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
