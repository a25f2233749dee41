using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Interview;

/// <summary>
/// The activities the interview sends. Questions go through the runtime's prompts, which add the
/// buttons and expect input; they carry <c>channelData.surveyStep</c>.
/// </summary>
internal static class InterviewMessages
{
    public static PromptOptions Question(string stepId, string kind, string text, IReadOnlyList<Choice>? choices = null, string? retry = null, bool listChoices = true) => new()
    {
        Prompt = Activity.CreateMessage(text),
        RetryPrompt = retry is null ? null : Activity.CreateMessage(retry),
        Choices = choices,
        ChannelData = new JsonObject { ["surveyStep"] = SurveyStep(stepId, kind, listChoices ? choices : null) },
    };

    public static Activity Statement(string text, JsonObject? channelData = null)
    {
        var activity = Activity.CreateMessage(text);
        activity.InputHint = InputHints.AcceptingInput;
        activity.ChannelData = channelData;
        return activity;
    }

    private static JsonObject SurveyStep(string stepId, string kind, IReadOnlyList<Choice>? choices)
    {
        var surveyStep = new JsonObject { ["id"] = stepId, ["kind"] = kind };
        if (choices is { Count: > 0 })
        {
            surveyStep["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)JsonValue.Create(c.Value))]);
        }

        return surveyStep;
    }
}
