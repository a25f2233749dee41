using System.Text.Json;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs;

public sealed class DialogStateTests
{
    private const string Key = "test/conversations/test-conversation";

    [Fact]
    public async Task Dialog_stack_is_stored_as_versioned_json_without_type_names()
    {
        var storage = new MemoryStorage();
        await new TestFlow(new TestAdapter(), new DialogTestBot(WaterfallDialogTests.CompanyAndRating(), storage))
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("Rate it from 1 to 5")
            .StartTestAsync();

        var json = (await storage.ReadAsync([Key]))[Key].Json;
        using var document = JsonDocument.Parse(json);
        var state = document.RootElement.GetProperty("dialogState");

        Assert.Equal(DialogState.CurrentSchemaVersion, state.GetProperty("schemaVersion").GetInt32());
        var root = Assert.Single(state.GetProperty("dialogStack").EnumerateArray());
        Assert.Equal("root", root.GetProperty("id").GetString());
        var inner = root.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["rating", "survey"], inner.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("Contoso", inner[1].GetProperty("state").GetProperty("values").GetProperty("company").GetString());
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SurveyBot.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialog_stack_of_an_unknown_schema_version_is_not_resumed()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [Key] = new("""{"dialogState":{"schemaVersion":99,"dialogStack":[{"id":"gone","state":{}}]}}"""),
        });

        await new TestFlow(new TestAdapter(), new DialogTestBot(WaterfallDialogTests.CompanyAndRating(), storage))
            .Send("hi").AssertReply("Which company?")
            .StartTestAsync();
    }
}
