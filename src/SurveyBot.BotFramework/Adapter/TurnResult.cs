using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>What came of processing one inbound activity.</summary>
/// <param name="Replies">The activities the bot sent, in order, as delivered.</param>
/// <param name="WasDuplicate">True when the activity had already been processed and was ignored.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, bool WasDuplicate = false)
{
    /// <summary>The result of a redelivered activity: nothing sent.</summary>
    public static TurnResult Duplicate { get; } = new([], WasDuplicate: true);
}
