using System.Globalization;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Tests;

/// <summary>What every <see cref="IStorage"/> must do; each store runs these through a subclass.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private readonly List<IStorage> _created = [];

    /// <summary>Creates a store on an empty database; called again, another store on the same database.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    protected IStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync() => Storage = await NewStorageAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var storage in _created)
        {
            switch (storage)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    protected async Task<IStorage> NewStorageAsync()
    {
        var storage = await CreateStorageAsync();
        _created.Add(storage);
        return storage;
    }

    [Fact]
    public async Task Reading_a_missing_key_returns_nothing()
    {
        var found = await Storage.ReadAsync(["nobody/conversations/none"]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task A_written_document_reads_back_with_the_etag_the_write_returned()
    {
        var etags = await WriteAsync("k", """{"step":1}""", etag: null);

        var found = await Storage.ReadAsync(["k", "missing"]);

        var item = Assert.Single(found).Value;
        Assert.Equal("""{"step":1}""", item.Json);
        Assert.Equal(etags["k"], item.ETag);
    }

    [Fact]
    public async Task Writing_with_the_current_etag_replaces_the_document_and_issues_a_new_etag()
    {
        var first = (await WriteAsync("k", """{"v":1}""", null))["k"];

        var second = (await WriteAsync("k", """{"v":2}""", first))["k"];

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem("""{"v":2}""", second), await ReadOneAsync("k"));
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_throws_and_keeps_the_stored_document()
    {
        var first = (await WriteAsync("k", """{"v":1}""", null))["k"];
        var second = (await WriteAsync("k", """{"v":2}""", first))["k"];

        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", """{"v":"stale"}""", first));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(new StoreItem("""{"v":2}""", second), await ReadOneAsync("k"));
    }

    [Fact]
    public async Task Writing_with_an_etag_the_store_never_issued_throws()
    {
        await WriteAsync("k", """{"v":1}""", null);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", """{"v":2}""", "W/\"not-a-version\""));
    }

    [Fact]
    public async Task Writing_with_star_overwrites_an_existing_document_and_creates_a_missing_one()
    {
        var first = (await WriteAsync("existing", """{"v":1}""", null))["existing"];

        var etags = await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["existing"] = new("""{"v":2}""", StoreItem.AnyETag),
            ["new"] = new("""{"v":3}""", StoreItem.AnyETag),
        });

        Assert.NotEqual(first, etags["existing"]);
        Assert.Equal("""{"v":2}""", (await ReadOneAsync("existing"))!.Json);
        Assert.Equal(new StoreItem("""{"v":3}""", etags["new"]), await ReadOneAsync("new"));
    }

    [Fact]
    public async Task Creating_a_document_that_already_exists_throws_and_keeps_the_first()
    {
        await WriteAsync("k", """{"by":"first"}""", null);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", """{"by":"second"}""", null));

        Assert.Equal("""{"by":"first"}""", (await ReadOneAsync("k"))!.Json);
    }

    [Fact]
    public async Task Writing_with_an_etag_to_a_document_that_does_not_exist_throws()
    {
        var etag = (await WriteAsync("k", "{}", null))["k"];
        await Storage.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", """{"v":1}""", etag));

        Assert.Null(await ReadOneAsync("k"));
    }

    [Fact]
    public async Task A_conflict_on_one_key_of_a_multi_key_write_writes_none_of_them()
    {
        var a = (await WriteAsync("a", """{"v":"a1"}""", null))["a"];
        await WriteAsync("b", """{"v":"b1"}""", null);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["a"] = new("""{"v":"a2"}""", a),
            ["c"] = new("""{"v":"c1"}""", null),
            ["b"] = new("""{"v":"b2"}""", "12345"),
        }));

        var found = await Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal("""{"v":"a1"}""", found["a"].Json);
        Assert.Equal(a, found["a"].ETag);
        Assert.Equal("""{"v":"b1"}""", found["b"].Json);
        Assert.False(found.ContainsKey("c"));
    }

    [Fact]
    public async Task A_multi_key_write_stores_every_document_with_its_own_etag()
    {
        var etags = await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["test/conversations/c1"] = new("""{"dialogState":[]}""", null),
            ["test/users/u1"] = new("""{"name":"Ana"}""", null),
        });

        var found = await Storage.ReadAsync(["test/conversations/c1", "test/users/u1"]);
        Assert.Equal(2, found.Count);
        Assert.Equal(etags["test/conversations/c1"], found["test/conversations/c1"].ETag);
        Assert.Equal(etags["test/users/u1"], found["test/users/u1"].ETag);
    }

    [Fact]
    public async Task Deleting_removes_the_documents_and_they_can_be_created_again()
    {
        await WriteAsync("a", "{}", null);
        await WriteAsync("b", "{}", null);
        await WriteAsync("keep", "{}", null);

        await Storage.DeleteAsync(["a", "b"]);

        Assert.Equal(["keep"], (await Storage.ReadAsync(["a", "b", "keep"])).Keys);
        await WriteAsync("a", """{"again":true}""", null);
        Assert.Equal("""{"again":true}""", (await ReadOneAsync("a"))!.Json);
    }

    [Fact]
    public async Task Deleting_a_missing_key_does_nothing()
    {
        await WriteAsync("keep", "{}", null);

        await Storage.DeleteAsync(["missing", "also-missing"]);

        Assert.NotNull(await ReadOneAsync("keep"));
    }

    [Fact]
    public async Task A_large_document_round_trips_unchanged()
    {
        var answers = string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"answer {i}\""));
        var json = $$"""{"answers":[{{answers}}]}""";
        Assert.True(json.Length > 200_000);

        await WriteAsync("large", json, null);

        Assert.Equal(json, (await ReadOneAsync("large"))!.Json);
    }

    [Fact]
    public async Task Unicode_keys_and_documents_round_trip_unchanged()
    {
        const string key = "msteams/conversations/a:1Zürich-東京-😀";
        const string json = """{"answer":"Très bien 👍, 非常好, ‏مرحبا","quote":"\"x\"\n"}""";

        await WriteAsync(key, json, null);

        var item = Assert.Single(await Storage.ReadAsync([key]));
        Assert.Equal(key, item.Key);
        Assert.Equal(json, item.Value.Json);
    }

    [Fact]
    public async Task Racing_writers_with_the_same_etag_have_exactly_one_winner_each_round()
    {
        const int writers = 8;
        await WriteAsync("race", """{"round":0}""", null);
        for (var round = 1; round <= 5; round++)
        {
            var etag = (await ReadOneAsync("race"))!.ETag;
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                start.Wait();
                try
                {
                    await WriteAsync("race", $$"""{"round":{{round}},"writer":{{writer}}}""", etag);
                    return true;
                }
                catch (StorageConcurrencyException)
                {
                    return false;
                }
            })).ToList();
            start.Set();

            var outcomes = await Task.WhenAll(attempts);

            var winner = Assert.Single(Enumerable.Range(0, writers), w => outcomes[w]);
            Assert.Equal($$"""{"round":{{round}},"writer":{{winner}}}""", (await ReadOneAsync("race"))!.Json);
        }
    }

    [Fact]
    public async Task Racing_writers_that_retry_on_conflict_lose_no_update()
    {
        const int writers = 8;
        const int incrementsEach = 10;
        var second = await NewStorageAsync();
        await WriteAsync("counter", "0", null);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var storage = writer % 2 == 0 ? Storage : second;
            for (var i = 0; i < incrementsEach; i++)
            {
                while (true)
                {
                    var current = (await storage.ReadAsync(["counter"]))["counter"];
                    var next = (int.Parse(current.Json, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                    try
                    {
                        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["counter"] = new(next, current.ETag) });
                        break;
                    }
                    catch (StorageConcurrencyException)
                    {
                    }
                }
            }
        })));

        Assert.Equal((writers * incrementsEach).ToString(CultureInfo.InvariantCulture), (await ReadOneAsync("counter"))!.Json);
    }

    private Task<IReadOnlyDictionary<string, string>> WriteAsync(string key, string json, string? etag) =>
        Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) });

    private async Task<StoreItem?> ReadOneAsync(string key) =>
        (await Storage.ReadAsync([key])).GetValueOrDefault(key);
}
