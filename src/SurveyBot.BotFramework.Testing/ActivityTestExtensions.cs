using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Testing;

/// <summary>What transcript tests read from the bot's replies.</summary>
public static class ActivityTestExtensions
{
    /// <summary>The titles of the reply's suggested actions; empty when it has none.</summary>
    public static IReadOnlyList<string> SuggestedActionTitles(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.SuggestedActions?.Actions is { } actions ? [.. actions.Select(a => a.Title ?? string.Empty)] : [];
    }

    /// <summary>The survey step the reply asks, from <c>channelData.surveyStep.id</c>; null when absent.</summary>
    public static string? SurveyStepId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.ChannelData as JsonObject)?["surveyStep"] is JsonObject step && step["id"] is JsonValue value && value.TryGetValue<string>(out var id)
            ? id
            : null;
    }
}
