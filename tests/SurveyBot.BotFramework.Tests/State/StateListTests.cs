using System.Text;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.State;

public sealed class StateListTests
{
    private const string Key = "test/conversations/test-conversation";
    private readonly RecordingStorage _storage = new();
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _state;
    private readonly IStateListAccessor<string> _log;

    public StateListTests()
    {
        _state = new ConversationState(_storage);
        _log = _state.CreateList("log", TestJson.Default.String);
    }

    [Fact]
    public async Task Items_appended_over_several_turns_are_read_back_in_order()
    {
        await AppendInTurnAsync("first", "second");
        await AppendInTurnAsync("third");

        await InTurnAsync(async turn => Assert.Equal(["first", "second", "third"], await _log.ReadAsync(turn)));
        Assert.Equal("""{"log":["first","second","third"]}""", await StoredAsync());
    }

    [Fact]
    public async Task Items_appended_in_the_turn_are_read_before_the_state_is_saved()
    {
        await AppendInTurnAsync("stored");

        await InTurnAsync(async turn =>
        {
            await _log.AppendAsync(turn, ["pending"]);
            Assert.Equal(["stored", "pending"], await _log.ReadAsync(turn));
        });

        Assert.Equal("""{"log":["stored"]}""", await StoredAsync());
    }

    [Fact]
    public async Task Appending_keeps_the_stored_items_byte_for_byte_without_parsing_them()
    {
        // A stored item the item type could not even read shows the old items are spliced, not re-serialised.
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new("""{"step":"rating","log":[ {"odd" : 1} ] }""", "*") });

        await AppendInTurnAsync("next");

        Assert.Equal("""{"step":"rating","log":[ {"odd" : 1} ,"next"]}""", await StoredAsync());
    }

    [Fact]
    public async Task Appending_to_an_empty_stored_list_adds_no_leading_comma()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new("""{"log":[ ]}""", "*") });

        await AppendInTurnAsync("only");

        Assert.Equal("""{"log":[ "only"]}""", await StoredAsync());
    }

    [Fact]
    public async Task A_deleted_list_starts_again_empty_and_drops_the_turns_own_items()
    {
        await AppendInTurnAsync("old run");

        await InTurnAsync(async turn =>
        {
            await _log.AppendAsync(turn, ["dropped"]);
            await _log.DeleteAsync(turn);
            Assert.Empty(await _log.ReadAsync(turn));
            await _log.AppendAsync(turn, ["new run"]);
            await _state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"log":["new run"]}""", await StoredAsync());
    }

    [Fact]
    public async Task A_list_and_a_property_live_side_by_side_in_one_document()
    {
        var step = _state.CreateProperty("step", TestJson.Default.String);

        await InTurnAsync(async turn =>
        {
            await step.SetAsync(turn, "rating");
            await _log.AppendAsync(turn, ["asked rating"]);
            await _state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"step":"rating","log":["asked rating"]}""", await StoredAsync());
    }

    [Fact]
    public async Task Saving_twice_in_one_turn_stores_each_item_once()
    {
        await InTurnAsync(async turn =>
        {
            await _log.AppendAsync(turn, ["before the first save"]);
            await _state.SaveChangesAsync(turn);
            await _log.AppendAsync(turn, ["after it"]);
            Assert.Equal(["before the first save", "after it"], await _log.ReadAsync(turn));
            await _state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"log":["before the first save","after it"]}""", await StoredAsync());
    }

    [Fact]
    public async Task As_json_the_list_is_its_stored_array_as_stored_with_the_turns_items_after_it()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new("""{"log":[ {"odd" : 1} ]}""", "*") });

        await InTurnAsync(async turn =>
        {
            Assert.Equal("""[ {"odd" : 1} ]""", Encoding.UTF8.GetString((await _log.ReadJsonAsync(turn)).Span));
            await _log.AppendAsync(turn, ["pending"]);
            Assert.Equal("""[ {"odd" : 1} ,"pending"]""", Encoding.UTF8.GetString((await _log.ReadJsonAsync(turn)).Span));
        });
    }

    [Fact]
    public async Task As_json_a_list_never_stored_is_an_empty_array_or_the_turns_items()
    {
        await InTurnAsync(async turn =>
        {
            Assert.Equal("[]", Encoding.UTF8.GetString((await _log.ReadJsonAsync(turn)).Span));
            await _log.AppendAsync(turn, ["first"]);
            Assert.Equal("""["first"]""", Encoding.UTF8.GetString((await _log.ReadJsonAsync(turn)).Span));
        });
    }

    [Fact]
    public async Task Items_are_escaped_as_json_strings()
    {
        await AppendInTurnAsync("she said \"fine\", then ]");

        await InTurnAsync(async turn => Assert.Equal(["she said \"fine\", then ]"], await _log.ReadAsync(turn)));
    }

    private async Task<string> StoredAsync() => (await _storage.ReadAsync([Key]))[Key].Json;

    private Task AppendInTurnAsync(params string[] items) => InTurnAsync(async turn =>
    {
        await _log.AppendAsync(turn, items);
        await _state.SaveChangesAsync(turn);
    });

    private async Task InTurnAsync(Func<ITurnContext, Task> turn) => await turn(new TurnContext(_adapter.MakeMessage("hi")));
}
