using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private const string Key = "test/conversations/test-conversation";
    private readonly RecordingStorage _storage = new();
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task A_property_set_in_one_turn_is_read_in_the_next()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);

        await InTurnAsync(async turn =>
        {
            await step.SetAsync(turn, "rating");
            Assert.Equal("rating", await step.GetOrDefaultAsync(turn));
            await state.SaveChangesAsync(turn);
        });

        await InTurnAsync(async turn => Assert.Equal("rating", await step.GetOrDefaultAsync(turn)));
    }

    [Fact]
    public async Task A_missing_property_is_null_or_created_by_the_factory_and_saved()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);

        await InTurnAsync(async turn =>
        {
            Assert.Null(await answers.GetOrDefaultAsync(turn));
            Assert.Equal(["first"], await answers.GetAsync(turn, () => ["first"]));
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"answers":["first"]}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task A_missing_number_is_created_by_the_factory_but_a_stored_zero_is_kept()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty("count", TestJson.Default.Int32);

        await InTurnAsync(async turn =>
        {
            Assert.Equal(3, await count.GetAsync(turn, () => 3));
            await count.SetAsync(turn, 0);
            await state.SaveChangesAsync(turn);
        });

        await InTurnAsync(async turn => Assert.Equal(0, await count.GetAsync(turn, () => 3)));
        Assert.Equal("""{"count":0}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task A_deleted_property_is_gone_after_saving()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        var count = state.CreateProperty("count", TestJson.Default.Int32);
        await InTurnAsync(async turn =>
        {
            await step.SetAsync(turn, "rating");
            await count.SetAsync(turn, 2);
            await state.SaveChangesAsync(turn);
        });

        await InTurnAsync(async turn =>
        {
            await step.DeleteAsync(turn);
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"count":2}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task Saving_writes_only_when_something_changed()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        await SaveInTurnAsync(state, step, "rating");

        await InTurnAsync(async turn =>
        {
            await step.GetOrDefaultAsync(turn);
            await state.SaveChangesAsync(turn);
            await step.SetAsync(turn, "rating");
            await state.SaveChangesAsync(turn);
        });

        Assert.Single(_storage.Writes);
    }

    [Fact]
    public async Task Saving_passes_the_etag_that_was_read_and_creates_a_new_document_only_if_absent()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        await SaveInTurnAsync(state, step, "one");
        var etag = (await _storage.ReadAsync([Key]))[Key].ETag;

        await InTurnAsync(async turn =>
        {
            await step.SetAsync(turn, "two");
            await state.SaveChangesAsync(turn);
            await step.SetAsync(turn, "three");
            await state.SaveChangesAsync(turn);
        });

        Assert.Null(_storage.Writes[0][Key].ETag);
        Assert.Equal(etag, _storage.Writes[1][Key].ETag);
        Assert.NotEqual(etag, _storage.Writes[2][Key].ETag);
        Assert.Equal("""{"step":"three"}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task Saving_after_another_writer_changed_the_document_throws_a_concurrency_exception()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        await SaveInTurnAsync(state, step, "one");

        await InTurnAsync(async turn =>
        {
            await step.SetAsync(turn, "mine");
            await InTurnAsync(async other =>
            {
                await step.SetAsync(other, "theirs");
                await state.SaveChangesAsync(other);
            });

            await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(turn));
        });
    }

    [Fact]
    public async Task Clearing_stores_an_empty_document()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        await SaveInTurnAsync(state, step, "one");

        await InTurnAsync(async turn =>
        {
            await state.ClearStateAsync(turn);
            Assert.Null(await step.GetOrDefaultAsync(turn));
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal("{}", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task Deleting_removes_the_document_from_storage()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty("step", TestJson.Default.String);
        await SaveInTurnAsync(state, step, "one");

        await InTurnAsync(async turn =>
        {
            await state.DeleteAsync(turn);
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal([Key], Assert.Single(_storage.Deletes));
        Assert.Empty(await _storage.ReadAsync([Key]));
    }

    [Fact]
    public async Task A_value_changed_in_place_is_saved()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);
        await InTurnAsync(async turn =>
        {
            await answers.SetAsync(turn, ["first"]);
            await state.SaveChangesAsync(turn);
        });

        await InTurnAsync(async turn =>
        {
            (await answers.GetAsync(turn, () => [])).Add("second");
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"answers":["first","second"]}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task State_survives_a_new_state_object_on_the_same_storage()
    {
        var before = new ConversationState(_storage);
        await InTurnAsync(async turn =>
        {
            await before.CreateProperty("answers", TestJson.Default.ListString).SetAsync(turn, ["kept"]);
            await before.SaveChangesAsync(turn);
        });

        var after = new ConversationState(_storage);

        await InTurnAsync(async turn =>
            Assert.Equal(["kept"], await after.CreateProperty("answers", TestJson.Default.ListString).GetOrDefaultAsync(turn)));
    }

    [Fact]
    public async Task Conversation_and_user_state_are_kept_under_their_own_keys()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);

        await InTurnAsync(async turn =>
        {
            await conversation.CreateProperty("step", TestJson.Default.String).SetAsync(turn, "rating");
            await user.CreateProperty("name", TestJson.Default.String).SetAsync(turn, "Ana");
            await conversation.SaveChangesAsync(turn);
            await user.SaveChangesAsync(turn);
        });

        var stored = await _storage.ReadAsync([Key, "test/users/user1"]);
        Assert.Equal("""{"step":"rating"}""", stored[Key].Json);
        Assert.Equal("""{"name":"Ana"}""", stored["test/users/user1"].Json);
    }

    [Fact]
    public async Task A_conversation_saved_in_one_turn_hands_its_values_to_the_next_without_reading_them_again()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);
        List<string> first = ["one"];
        await SaveInTurnAsync(state, answers, first);

        await InTurnAsync(async turn =>
        {
            var next = await answers.GetOrDefaultAsync(turn);
            Assert.Same(first, next);
            next!.Add("two");
            await state.SaveChangesAsync(turn);
        });

        Assert.Equal("""{"answers":["one","two"]}""", (await _storage.ReadAsync([Key]))[Key].Json);
    }

    [Fact]
    public async Task Values_are_handed_on_for_a_bounded_number_of_conversations_and_read_again_past_it()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);
        List<string> kept = ["kept"];
        List<string> forgotten = ["forgotten"];
        await SaveInTurnAsync(state, answers, forgotten);
        for (var i = 0; i < 1023; i++)
        {
            await InConversationAsync($"other-{i}", async turn =>
            {
                await answers.SetAsync(turn, ["other"]);
                await state.SaveChangesAsync(turn);
            });
        }

        await InConversationAsync("kept", async turn =>
        {
            await answers.SetAsync(turn, kept);
            await state.SaveChangesAsync(turn);
        });
        await InConversationAsync("kept", async turn => Assert.Same(kept, await answers.GetOrDefaultAsync(turn)));

        await InTurnAsync(async turn =>
        {
            var read = await answers.GetOrDefaultAsync(turn);
            Assert.NotSame(forgotten, read);
            Assert.Equal(forgotten, read);
        });
    }

    [Fact]
    public async Task Values_changed_in_a_turn_that_did_not_save_are_not_handed_on()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);
        await SaveInTurnAsync(state, answers, ["saved"]);
        await InTurnAsync(async turn => (await answers.GetOrDefaultAsync(turn))!.Add("lost with the turn"));

        await InTurnAsync(async turn => Assert.Equal(["saved"], await answers.GetOrDefaultAsync(turn)));
    }

    [Fact]
    public async Task A_conversation_another_writer_changed_is_read_again()
    {
        var state = new ConversationState(_storage);
        var answers = state.CreateProperty("answers", TestJson.Default.ListString);
        await SaveInTurnAsync(state, answers, ["ours"]);
        var stored = (await _storage.ReadAsync([Key]))[Key];
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new("""{"answers":["theirs"]}""", stored.ETag) });

        await InTurnAsync(async turn => Assert.Equal(["theirs"], await answers.GetOrDefaultAsync(turn)));
    }

    [Fact]
    public async Task User_state_is_read_afresh_each_turn_since_a_user_may_be_in_several_conversations_at_once()
    {
        var user = new UserState(_storage);
        var answers = user.CreateProperty("answers", TestJson.Default.ListString);
        List<string> first = ["one"];
        await SaveInTurnAsync(user, answers, first);

        await InTurnAsync(async turn =>
        {
            var next = await answers.GetOrDefaultAsync(turn);
            Assert.NotSame(first, next);
            Assert.Equal(first, next);
        });
    }

    [Fact]
    public async Task An_activity_without_a_channel_cannot_be_keyed_and_says_so()
    {
        var state = new ConversationState(_storage);
        var activity = _adapter.MakeMessage("hi");
        activity.ChannelId = null;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => state.LoadAsync(new TurnContext(activity)));

        Assert.Contains("channelId", error.Message, StringComparison.Ordinal);
    }

    private async Task InTurnAsync(Func<ITurnContext, Task> turn) => await turn(new TurnContext(_adapter.MakeMessage("hi")));

    private async Task InConversationAsync(string conversationId, Func<ITurnContext, Task> turn)
    {
        var activity = _adapter.MakeMessage("hi");
        activity.Conversation = new ConversationAccount(conversationId);
        await turn(new TurnContext(activity));
    }

    private Task SaveInTurnAsync<T>(BotState state, IStatePropertyAccessor<T> property, T value) => InTurnAsync(async turn =>
    {
        await property.SetAsync(turn, value);
        await state.SaveChangesAsync(turn);
    });
}
