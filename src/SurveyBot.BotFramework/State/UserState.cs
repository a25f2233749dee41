using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.State;

/// <summary>State of one user across conversations on a channel (a returning respondent's unfinished interview).</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId, so its user state cannot be keyed.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no from.id, so its user state cannot be keyed.");
        return $"{channelId}/users/{userId}";
    }
}
