using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Adapter;

public sealed class RecipientMentionMiddlewareTests
{
    private const string TeamsGroupMessage = """
        {
          "type": "message",
          "text": "<at>SurveyBot</at> help",
          "recipient": { "id": "28:bot-app-id", "name": "SurveyBot" },
          "entities": [
            { "type": "mention", "text": "<at>SurveyBot</at>", "mentioned": { "id": "28:bot-app-id", "name": "SurveyBot" } },
            { "type": "mention", "text": "<at>Dana</at>", "mentioned": { "id": "29:dana", "name": "Dana" } },
            { "type": "clientInfo", "locale": "en-GB" }
          ]
        }
        """;

    [Fact]
    public void The_bots_own_mention_is_removed_from_the_text()
    {
        var activity = ProtocolJson.Deserialize(TeamsGroupMessage);

        RecipientMentionMiddleware.RemoveRecipientMention(activity);

        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = ProtocolJson.Deserialize(TeamsGroupMessage);
        activity.Text = "<at>SurveyBot</at> ask <at>Dana</at> too";

        RecipientMentionMiddleware.RemoveRecipientMention(activity);

        Assert.Equal("ask <at>Dana</at> too", activity.Text);
    }

    [Fact]
    public void A_mention_without_its_own_text_is_removed_by_name()
    {
        var activity = ProtocolJson.Deserialize(TeamsGroupMessage.Replace("\"text\": \"<at>SurveyBot</at>\", ", string.Empty, StringComparison.Ordinal));

        RecipientMentionMiddleware.RemoveRecipientMention(activity);

        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public async Task The_bot_sees_the_text_without_its_mention()
    {
        var activity = ProtocolJson.Deserialize(TeamsGroupMessage);
        string? seen = null;

        await new RecipientMentionMiddleware().OnTurnAsync(
            new TurnContext(activity),
            _ =>
            {
                seen = activity.Text;
                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal("help", seen);
    }
}
