using System.Text;
using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteCheckpointerTests : IDisposable
{
    // Four pages of log per write (a 4 KB page each), like a conversation's document late in an interview.
    private static readonly byte[] Document = Encoding.UTF8.GetBytes($$"""{"transcript":"{{new string('x', 14_000)}}"}""");

    private readonly TempDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Commits_leave_copying_the_log_into_the_file_to_the_checkpointer()
    {
        // Woken, the checkpointer thread waits an hour before it looks: no checkpoint runs during the test.
        var database = new SqliteDatabase(_file.Path, checkpoints: new SqliteCheckpointSettings(int.MaxValue, TimeSpan.FromHours(1)));
        using (var storage = new SqliteStorage(database, ownsDatabase: true))
        {
            await WriteAsync(storage, "conversation", 400);

            // With SQLite's own checkpoints, the commit that took the log past 1,000 pages would have
            // copied it, and the log would have started over at that size.
            Assert.True(LogBytes() > 1_200 * 4096, $"the log holds {LogBytes()} bytes");
        }

        using var reopened = new SqliteStorage(_file.Path);
        Assert.Equal(400, (await reopened.ReadAsync([.. Enumerable.Range(0, 400).Select(i => $"conversation-{i}")])).Count);
    }

    [Fact]
    public async Task Once_past_its_bound_the_log_is_copied_whole_and_starts_over_with_the_next_write()
    {
        // Woken, the checkpointer thread waits an hour before it looks: only the test runs checkpoints.
        var database = new SqliteDatabase(_file.Path, checkpoints: new SqliteCheckpointSettings(64, TimeSpan.FromHours(1)));
        using (var storage = new SqliteStorage(database, ownsDatabase: true))
        {
            await WriteAsync(storage, "before", 100);
            var before = database.Writer.Checkpointer.CheckpointOnce();

            await WriteAsync(storage, "after", 10);
            var after = database.Writer.Checkpointer.CheckpointOnce();

            Assert.True(before >= 400, $"{before} frames before");
            Assert.True(after < 100, $"{after} frames after: the log went on from where it was");
        }

        using var reopened = new SqliteStorage(_file.Path);
        var read = await reopened.ReadAsync(["before-99", "after-9"]);
        Assert.All(read.Values, item => Assert.Equal(Document, item.Utf8Json.ToArray()));
        Assert.Equal(2, read.Count);
    }

    private static async Task WriteAsync(SqliteStorage storage, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"{prefix}-{i}"] = StoreItem.FromUtf8(Document) });
        }
    }

    private long LogBytes() => new FileInfo(_file.Path + "-wal").Length;
}
