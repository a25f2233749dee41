using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// Copies committed pages from the write-ahead log into the database file on a thread of its own,
/// woken by <see cref="SqliteWriter"/> after its commits, at most once per
/// <see cref="SqliteCheckpointSettings.MinimumInterval"/>, which it lets pass before each.
/// </summary>
/// <remarks>
/// SQLite's own checkpoints run inside the commit that takes the log past a thousand pages, and
/// their two fsyncs (tens of milliseconds on a virtual disk, at times over a hundred) held up every
/// turn waiting for that commit. Here they run beside the commits. The log can only start over once
/// all of it has been copied, which never happens while the writer keeps appending; so once the log
/// is past <see cref="SqliteCheckpointSettings.RestartFrames"/>, this thread holds the writer's gate
/// for a second checkpoint, which copies the little the first left, and the next write starts the log
/// over.
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly Lock _writerGate;
    private readonly SqliteCheckpointSettings _settings;
    private readonly ManualResetEventSlim _wake = new(false);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _cycle = new();
    private readonly Task _loop;
    private SqliteConnection? _connection;

    /// <summary>Starts the thread.</summary>
    /// <param name="database">The database whose log is copied.</param>
    /// <param name="writerGate">Held by whoever commits on the writer's connection.</param>
    /// <param name="settings">When to copy.</param>
    public SqliteCheckpointer(SqliteDatabase database, Lock writerGate, SqliteCheckpointSettings settings)
    {
        _database = database;
        _writerGate = writerGate;
        _settings = settings;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Asks for a checkpoint: new pages are in the log.</summary>
    public void Wake() => _wake.Set();

    /// <summary>Stops the thread, after the checkpoint it may be running, and closes its connection.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _loop.GetAwaiter().GetResult();
        using (_cycle.EnterScope())
        {
            _connection?.Dispose();
            _connection = null;
        }

        _stop.Dispose();
        _wake.Dispose();
    }

    /// <summary>
    /// Copies the log into the file and, when the log is past its bound, copies what was appended
    /// meanwhile while the writer waits, so that the next write starts the log over.
    /// </summary>
    /// <returns>The log's length in frames (0 when it could not be checkpointed).</returns>
    public int CheckpointOnce()
    {
        using (_cycle.EnterScope())
        {
            try
            {
                _connection ??= _database.Open();
                var log = Checkpoint(_connection);
                if (log >= _settings.RestartFrames)
                {
                    using (_writerGate.EnterScope())
                    {
                        Checkpoint(_connection);
                    }
                }

                return log;
            }
            catch (SqliteException)
            {
                // The file could not be opened; the pages stay in the log, where readers find them,
                // and the next checkpoint tries again on a new connection.
                _connection?.Dispose();
                _connection = null;
                return 0;
            }
        }
    }

    private void Run()
    {
        Thread.CurrentThread.Name = "SQLite checkpointer";
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                // Woken, it lets the interval pass first, so one checkpoint takes in the commits of a
                // burst instead of the first of them alone.
                _wake.Wait(_stop.Token);
                _wake.Reset();
                if (!_stop.Token.WaitHandle.WaitOne(_settings.MinimumInterval))
                {
                    CheckpointOnce();
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed while waiting to be woken.
        }
    }

    // Returns the log's length in frames; 0 when the checkpoint could not run (another process was
    // running one), in which case the pages stay in the log and the next checkpoint copies them.
    private static int Checkpoint(SqliteConnection connection) =>
        raw.sqlite3_wal_checkpoint_v2(connection.Handle, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out var log, out _) == raw.SQLITE_OK ? log : 0;
}
