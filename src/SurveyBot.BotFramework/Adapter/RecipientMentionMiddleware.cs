using System.Text.Json;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// Removes the bot's own @mention from message text, so that "&lt;at&gt;SurveyBot&lt;/at&gt; help" in
/// a Teams group chat reads as "help". Teams delivers channel and group messages only when they
/// mention the bot, and the mention entity's own <c>text</c> is what appears in the message.
/// </summary>
public sealed class RecipientMentionMiddleware : IMiddleware
{
    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        RemoveRecipientMention(turnContext.Activity);
        return next(cancellationToken);
    }

    /// <summary>Removes every mention of the activity's recipient from its text.</summary>
    public static void RemoveRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is null || activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return;
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.Type != "mention" || entity.Properties is null
                || !entity.Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || id.GetString() != botId)
            {
                continue;
            }

            var mentionText = entity.Properties.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : mentioned.TryGetProperty("name", out var name) ? $"<at>{name.GetString()}</at>" : null;
            if (!string.IsNullOrEmpty(mentionText))
            {
                activity.Text = activity.Text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        activity.Text = activity.Text.Trim();
    }
}
