using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteResponseStoreTests : ResponseStoreContractTests
{
    private readonly TempDatabaseFile _file = new();

    protected override Task<IResponseStore> CreateStoreAsync() => Task.FromResult<IResponseStore>(new SqliteResponseStore(_file.Path));

    [Fact]
    public async Task A_response_waits_for_a_busy_file_in_the_state_writers_queue_where_it_can_be_cancelled()
    {
        using var database = new SqliteDatabase(_file.Path);
        using var storage = new SqliteStorage(database);
        using var responses = new SqliteResponseStore(database);
        await responses.SaveAsync(Response("ready"));
        var fillers = Enumerable.Range(0, 64).Select(i => $"filler{i}").ToList();
        using var cancellation = new CancellationTokenSource();

        List<Task<IReadOnlyDictionary<string, string>>> written;
        Task kept;
        using (_file.HoldWriteLock())
        {
            // The writer takes at most 64 requests into one batch, so the responses behind them stay queued.
            written = fillers.Select(key => storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("{}", null) })).ToList();
            var cancelled = responses.SaveAsync(Response("cancelled"), cancellation.Token);
            kept = responses.SaveAsync(Response("kept"));
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        }

        await Task.WhenAll(written);
        await kept;
        Assert.Null(await responses.GetAsync("cancelled"));
        Assert.NotNull(await responses.GetAsync("kept"));
        Assert.Equal(64, (await storage.ReadAsync(fillers)).Count);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }
}
