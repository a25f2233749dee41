using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Interview;

/// <summary>The activities the interview sends: questions carry <c>channelData.surveyStep</c> and expect input.</summary>
internal static class InterviewMessages
{
    public static Activity Question(string stepId, string kind, string text, IReadOnlyList<string>? buttons, bool listChoices)
    {
        var surveyStep = new JsonObject { ["id"] = stepId, ["kind"] = kind };
        if (listChoices && buttons is { Count: > 0 })
        {
            surveyStep["choices"] = new JsonArray([.. buttons.Select(b => (JsonNode)JsonValue.Create(b))]);
        }

        var activity = Activity.CreateMessage(text);
        activity.InputHint = InputHints.ExpectingInput;
        activity.ChannelData = new JsonObject { ["surveyStep"] = surveyStep };
        if (buttons is { Count: > 0 })
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. buttons.Select(b => new CardAction(ActionTypes.ImBack, b, JsonValue.Create(b)))],
            };
        }

        return activity;
    }

    public static Activity Statement(string text, JsonObject? channelData = null)
    {
        var activity = Activity.CreateMessage(text);
        activity.InputHint = InputHints.AcceptingInput;
        activity.ChannelData = channelData;
        return activity;
    }
}
