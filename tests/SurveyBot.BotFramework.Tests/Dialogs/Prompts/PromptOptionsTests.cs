using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class PromptOptionsTests
{
    private static readonly PromptOptions Company = PromptOptions.Ask("Which company?") with
    {
        ChannelData = new() { ["surveyStep"] = new JsonObject { ["id"] = "company" } },
    };

    private static DialogContext NewContext(DialogState state, params Dialog[] more)
    {
        var dialogs = new DialogSet().Add(new TextPrompt("text"));
        foreach (var dialog in more)
        {
            dialogs.Add(dialog);
        }

        return new(dialogs, new TurnContext(new TestAdapter().MakeMessage("hi")), state);
    }

    [Fact]
    public async Task Options_of_a_waiting_prompt_are_the_ones_it_was_begun_with()
    {
        var dc = NewContext(new DialogState());

        await dc.BeginDialogAsync("text", Company);

        Assert.Same(Company, PromptOptions.Of(dc.ActiveDialog!));
    }

    [Fact]
    public async Task Options_of_a_waterfall_are_not_taken_for_a_prompts_and_stay_as_they_were()
    {
        var steps = new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", Company, ct)]);
        var dc = NewContext(new DialogState(), steps);

        await dc.BeginDialogAsync("steps", new JsonObject { ["company"] = "Contoso" });

        var waterfall = dc.Stack[^1];
        Assert.Equal("steps", waterfall.Id);
        Assert.Null(PromptOptions.Of(waterfall));
        Assert.Equal("""{"company":"Contoso"}""", waterfall.State["options"]?.ToJsonString());
        Assert.Same(Company, PromptOptions.Of(dc.Stack[0]));
    }

    [Fact]
    public async Task Options_are_stored_as_their_json_and_read_back_once_after_a_restart()
    {
        var state = new DialogState();
        await NewContext(state).BeginDialogAsync("text", Company);

        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        var stored = JsonNode.Parse(json)!["dialogStack"]![0]!["state"]!["options"]!;
        Assert.Equal("Which company?", stored["prompt"]?["text"]?.GetValue<string>());
        Assert.Equal("company", stored["channelData"]?["surveyStep"]?["id"]?.GetValue<string>());

        var restarted = NewContext(JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogState)!);
        var read = PromptOptions.Of(restarted.ActiveDialog!);
        Assert.Equal("Which company?", read?.Prompt?.Text);
        Assert.Equal("company", read?.ChannelData?["surveyStep"]?["id"]?.GetValue<string>());
        Assert.Same(read, PromptOptions.Of(restarted.ActiveDialog!));
    }
}
