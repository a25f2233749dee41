using System.Text;
using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly TempDatabaseFile _file = new();

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new SqliteStorage(_file.Path));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task The_database_folder_and_schema_are_created_on_first_use_and_reused_after()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });

        using var reopened = new SqliteStorage(_file.Path);

        Assert.True(File.Exists(_file.Path));
        Assert.Equal("{}", (await reopened.ReadAsync(["k"]))["k"].Json);
    }

    [Fact]
    public async Task A_file_from_the_first_schema_keeps_its_documents_and_etags_and_their_key_index_holds_keys_alone()
    {
        using (var first = _file.Open())
        {
            using var create = first.CreateCommand();
            create.CommandText = $"""
                CREATE TABLE surveybot_schema (version INTEGER NOT NULL);
                INSERT INTO surveybot_schema (version) VALUES (1);
                CREATE TABLE bot_state (key TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO bot_state (key, json, version) VALUES ('k', '{Json("kept")}', 7);
                """;
            create.ExecuteNonQuery();
        }

        var etag = (await Storage.WriteAsync(Change("k", "updated", "7")))["k"];

        Assert.Equal(new StoreItem(Json("updated"), "8"), (await Storage.ReadAsync(["k"]))["k"]);
        Assert.Equal("8", etag);
        using var upgraded = _file.Open();
        using var table = upgraded.CreateCommand();
        table.CommandText = "SELECT wr FROM pragma_table_list WHERE name = 'bot_state';";
        Assert.Equal(0L, table.ExecuteScalar());
    }

    [Fact]
    public async Task Documents_are_stored_as_text_and_come_back_unchanged_from_the_file()
    {
        const string Document = """{"answer":"Café crème, 5 € — très bien 👍"}""";
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = StoreItem.FromUtf8(Encoding.UTF8.GetBytes(Document)) });

        // A second process has no cached copy: it reads what the file holds.
        using var reopened = new SqliteStorage(_file.Path);

        Assert.Equal(Document, (await reopened.ReadAsync(["k"]))["k"].Json);
        using var connection = _file.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT typeof(json), json FROM bot_state WHERE key = 'k';";
        using var row = query.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal("text", row.GetString(0));
        Assert.Equal(Document, row.GetString(1));
    }

    [Fact]
    public async Task A_document_another_connection_changed_is_read_from_the_file_not_from_memory()
    {
        await Storage.WriteAsync(Change("k", "ours", null));
        Assert.Equal(Json("ours"), (await Storage.ReadAsync(["k"]))["k"].Json);

        using (var other = _file.Open())
        {
            using var update = other.CreateCommand();
            update.CommandText = $"UPDATE bot_state SET json = '{Json("theirs")}', version = version + 1 WHERE key = 'k';";
            update.ExecuteNonQuery();
        }

        Assert.Equal(new StoreItem(Json("theirs"), "2"), (await Storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task A_write_over_a_copy_another_process_replaced_fails_and_the_next_read_has_their_version()
    {
        using var theirs = new SqliteStorage(_file.Path);
        var etag = (await Storage.WriteAsync(Change("k", "first", null)))["k"];
        await Storage.ReadAsync(["k"]);
        await theirs.WriteAsync(Change("k", "theirs", etag));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(Change("k", "ours", etag)));

        Assert.Equal(Json("theirs"), (await Storage.ReadAsync(["k"]))["k"].Json);
    }

    [Fact]
    public async Task Two_hundred_concurrent_writes_to_different_keys_all_land_with_the_etags_they_returned()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"test/conversations/c{i}").ToList();

        var etags = await Task.WhenAll(keys.Select(key => Task.Run(() => Storage.WriteAsync(Change(key, key, null)))));

        var found = await Storage.ReadAsync(keys);
        Assert.Equal(keys.Count, found.Count);
        Assert.All(keys.Zip(etags), pair => Assert.Equal(new StoreItem(Json(pair.First), pair.Second[pair.First]), found[pair.First]));
    }

    [Fact]
    public async Task Conflicting_writes_fail_alone_and_the_rest_of_their_batch_is_written()
    {
        var keys = Enumerable.Range(0, 40).Select(i => $"k{i}").ToList();
        var stale = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            stale[key] = (await Storage.WriteAsync(Change(key, "first", null)))[key];
            await Storage.WriteAsync(Change(key, "current", stale[key]));
        }

        var current = await Storage.ReadAsync(keys);

        // While the lock is held the writer can take at most one batch and commit nothing, so these
        // land in at most two batches and, alternating, good and conflicting writes share one.
        List<Task<IReadOnlyDictionary<string, string>>> writes;
        using (_file.HoldWriteLock())
        {
            writes = keys.Select((key, i) => Storage.WriteAsync(Change(key, "second", (i % 6) switch
            {
                1 => stale[key],
                3 => null,
                5 => "not-a-version",
                _ => current[key].ETag,
            }))).ToList();
        }

        await Task.WhenAll(writes.Where((_, i) => i % 2 == 0));
        var found = await Storage.ReadAsync(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i % 2 == 0)
            {
                Assert.Equal(new StoreItem(Json("second"), (await writes[i])[keys[i]]), found[keys[i]]);
            }
            else
            {
                var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => writes[i]);
                Assert.Equal(keys[i], conflict.Key);
                Assert.Equal(current[keys[i]], found[keys[i]]);
            }
        }
    }

    [Fact]
    public async Task A_multi_key_write_with_one_conflict_writes_none_of_its_keys_while_its_batch_is_written()
    {
        var stale = (await Storage.WriteAsync(Change("z", "first", null)))["z"];
        await Storage.WriteAsync(Change("z", "second", stale));

        Task<IReadOnlyDictionary<string, string>> before, multi, after;
        using (_file.HoldWriteLock())
        {
            before = Storage.WriteAsync(Change("before", "new", null));
            multi = Storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["y"] = new(Json("new"), null),
                ["z"] = new(Json("third"), stale),
            });
            after = Storage.WriteAsync(Change("after", "new", null));
        }

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => multi);
        await Task.WhenAll(before, after);
        var found = await Storage.ReadAsync(["before", "y", "z", "after"]);
        Assert.Equal(["after", "before", "z"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Json("second"), found["z"].Json);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_in_the_queue_is_not_written()
    {
        await Storage.WriteAsync(Change("ready", "ready", null));
        var fillers = Enumerable.Range(0, 64).Select(i => $"filler{i}").ToList();
        using var cancellation = new CancellationTokenSource();

        List<Task<IReadOnlyDictionary<string, string>>> written;
        using (_file.HoldWriteLock())
        {
            // One batch holds at most 64 requests, so the 65th cannot have been taken while the lock is held.
            written = fillers.Select(key => Storage.WriteAsync(Change(key, "filler", null))).ToList();
            var cancelled = Storage.WriteAsync(Change("cancelled", "cancelled", null), cancellation.Token);
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        }

        await Task.WhenAll(written);
        var found = await Storage.ReadAsync([.. fillers, "cancelled"]);
        Assert.Equal(fillers.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disposing_finishes_the_queued_writes_and_refuses_new_ones()
    {
        var storage = new SqliteStorage(_file.Path);
        await storage.WriteAsync(Change("ready", "ready", null));
        var keys = Enumerable.Range(0, 100).Select(i => $"queued{i}").ToList();

        List<Task<IReadOnlyDictionary<string, string>>> writes;
        Task disposing;
        using (_file.HoldWriteLock())
        {
            writes = keys.Select(key => storage.WriteAsync(Change(key, "queued", null))).ToList();
            disposing = Task.Run(storage.Dispose);
        }

        await disposing;
        await Task.WhenAll(writes);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Change("late", "late", null)));
        var found = await Storage.ReadAsync([.. keys, "late"]);
        Assert.Equal(keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, StoreItem> Change(string key, string value, string? etag) =>
        new() { [key] = new(Json(value), etag) };

    private static string Json(string value) => $$"""{"value":"{{value}}"}""";
}
