using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// The only writer of one <see cref="SqliteDatabase"/>, for its state and its responses alike: a
/// dedicated thread with its own connection that commits every write waiting in its queue in one
/// transaction. SQLite lets one connection write at a time, so concurrent turns writing on their own
/// connections only took turns at the file lock, each holding a thread-pool thread while it slept in
/// the busy handler, and paid one commit each. Each request runs in its own savepoint, so a conflict undoes that request alone.
/// A request that finds the writer idle and the database free is written at once on the caller's
/// thread instead: handing a lone request to the writer thread and back costs two thread wake-ups,
/// which more than doubled the storage time of a turn on a quiet server. Commits do not copy the log
/// into the database file: a <see cref="SqliteCheckpointer"/> does, beside them.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    // Bounds the transaction, so the first request of a long queue is not held back by the last.
    private const int MaxBatch = 64;

    private readonly SqliteDatabase _database;
    private readonly SqliteDocumentCache _documents;
    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions
    {
        // The only continuation is the writer thread's wait: waking it inline is a signal, not a thread-pool hop.
        AllowSynchronousContinuations = true,
    });

    private readonly Task _loop;

    // Whoever holds it owns the connection: the writer thread for a batch, or a caller writing alone.
    private readonly Lock _gate = new();
    private readonly List<Request> _alone = new(1);
    private Statements? _statements;
    private long? _dataVersion;
    private bool _closed;

    public SqliteWriter(SqliteDatabase database, SqliteDocumentCache documents, SqliteCheckpointSettings checkpoints)
    {
        _database = database;
        _documents = documents;
        Checkpointer = new SqliteCheckpointer(database, _gate, checkpoints);
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Copies what the writer commits from the log into the database file.</summary>
    public SqliteCheckpointer Checkpointer { get; }

    /// <summary>Writes the state changes, all or none, and returns their new ETags once committed.</summary>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        Enqueue(
            new Request<IReadOnlyDictionary<string, string>>(
                statements => statements.WriteAll(changes),
                (documents, etags) =>
                {
                    foreach (var (key, etag) in etags)
                    {
                        documents.Committed(key, changes[key].WithETag(etag));
                    }
                },
                documents =>
                {
                    // The copy a failed write was based on may be the stale one.
                    foreach (var key in changes.Keys)
                    {
                        documents.Remove(key);
                    }
                }),
            cancellationToken);

    /// <summary>Deletes the state documents, all or none.</summary>
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Enqueue(
            new Request<int>(
                statements => statements.DeleteAll(keys),
                (documents, _) =>
                {
                    foreach (var key in keys)
                    {
                        documents.Remove(key);
                    }
                }),
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="write"/> on the writer's connection inside a batch, all or none, and returns
    /// its result once committed. Every write to the file goes through here: a write on another
    /// connection would wait for the batch in SQLite's busy handler, which sleeps for milliseconds at a
    /// time, and would make the writer's connection drop its page cache.
    /// </summary>
    public Task<T> ExecuteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken) =>
        Enqueue(new Request<T>(statements => write(statements.Connection)), cancellationToken);

    /// <summary>
    /// Empties the document cache if another connection wrote to the file since the writer last looked.
    /// Skipped while the writer is busy: it looks itself as each of its transactions begins.
    /// </summary>
    public void RefreshDocuments()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            if (!_closed)
            {
                NoticeOtherWriters(_statements ??= new Statements(_database.Open()));
            }
        }
        catch (SqliteException)
        {
            // Unable to look, the cache cannot be trusted; the read goes to the file and reports any error itself.
            _statements?.Dispose();
            _statements = null;
            _dataVersion = null;
            _documents.Clear();
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>Refuses new requests, finishes the queued ones, then closes the connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        Checkpointer.Dispose();
    }

    private Task<T> Enqueue<T>(Request<T> request, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        if (_queue.Reader.Count == 0 && _gate.TryEnter())
        {
            try
            {
                if (_closed)
                {
                    request.Fail(new ObjectDisposedException(nameof(SqliteStorage)));
                    return request.Task;
                }

                _alone.Add(request);
                var written = Commit(_alone, waitForLock: false);
                _alone.Clear();
                if (written)
                {
                    return request.Task;
                }
            }
            finally
            {
                _gate.Exit();
            }
        }

        request.CancelOn(cancellationToken);
        if (!_queue.Writer.TryWrite(request))
        {
            request.Fail(new ObjectDisposedException(nameof(SqliteStorage)));
        }

        return request.Task;
    }

    private void Run()
    {
        Thread.CurrentThread.Name = "SQLite writer";
        var batch = new List<Request>(MaxBatch);
        try
        {
            while (WaitForRequests())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
                {
                    if (request.TryTake())
                    {
                        batch.Add(request);
                    }
                }

                if (batch.Count > 0)
                {
                    using (_gate.EnterScope())
                    {
                        Commit(batch, waitForLock: true);
                    }

                    batch.Clear();
                }
            }
        }
        finally
        {
            using (_gate.EnterScope())
            {
                _closed = true;
                _statements?.Dispose();
            }
        }
    }

    // This thread exists only to write, so it may block while there is nothing to write.
    private bool WaitForRequests()
    {
        var wait = _queue.Reader.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the batch in one transaction and completes its requests; false, with nothing done, when
    /// the database is busy and <paramref name="waitForLock"/> is false.
    /// </summary>
    private bool Commit(List<Request> batch, bool waitForLock)
    {
        try
        {
            var statements = _statements ??= new Statements(_database.Open());
            if (waitForLock)
            {
                statements.Begin();
            }
            else if (!statements.TryBeginWithoutWaiting())
            {
                return false;
            }

            NoticeOtherWriters(statements);

            foreach (var request in batch)
            {
                statements.Savepoint();
                try
                {
                    request.Apply(statements);
                }
                catch (Exception failure)
                {
                    // Some I/O errors make SQLite roll back the whole transaction; then the savepoint is
                    // gone and the batch fails as a whole below.
                    if (!statements.TryRollBackToSavepoint())
                    {
                        throw;
                    }

                    request.Reject(failure);
                }

                statements.Release();
            }

            statements.Commit();
        }
        catch (Exception failure)
        {
            // The connection may still be inside the transaction; a new one starts clean.
            _statements?.Dispose();
            _statements = null;
            _dataVersion = null;
            foreach (var request in batch)
            {
                request.Fail(failure);
            }

            return true;
        }

        foreach (var request in batch)
        {
            request.Complete(_documents);
        }

        Checkpointer.Wake();
        return true;
    }

    // SQLite's data_version, read on the writer's own connection, changes only when another
    // connection commits. A new connection knows of no earlier version, so the cache starts over.
    private void NoticeOtherWriters(Statements statements)
    {
        if (!_documents.Enabled)
        {
            return;
        }

        var version = statements.DataVersion();
        if (version != _dataVersion)
        {
            _documents.Clear();
            _dataVersion = version;
        }
    }

    /// <summary>A write waiting for the writer; its task completes once its batch has committed.</summary>
    private abstract class Request
    {
        private const int Waiting = 0;
        private const int Taken = 1;
        private const int Cancelled = 2;

        private int _state;
        private CancellationTokenRegistration _cancellation;

        public void CancelOn(CancellationToken cancellationToken)
        {
            if (cancellationToken.CanBeCanceled)
            {
                _cancellation = cancellationToken.UnsafeRegister(static (state, token) => ((Request)state!).Cancel(token), this);
            }
        }

        /// <summary>Claims the request for a batch unless it was cancelled first; once claimed it runs to the end.</summary>
        public bool TryTake()
        {
            if (Interlocked.CompareExchange(ref _state, Taken, Waiting) != Waiting)
            {
                return false;
            }

            _cancellation.Unregister();
            return true;
        }

        public abstract void Apply(Statements statements);

        /// <summary>Records why this request failed alone; it is reported once the rest of its batch has committed.</summary>
        public abstract void Reject(Exception failure);

        public abstract void Complete(SqliteDocumentCache documents);

        public abstract void Fail(Exception failure);

        protected abstract void SetCanceled(CancellationToken cancellationToken);

        private void Cancel(CancellationToken cancellationToken)
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting)
            {
                SetCanceled(cancellationToken);
            }
        }
    }

    private sealed class Request<T>(
        Func<Statements, T> apply,
        Action<SqliteDocumentCache, T>? committed = null,
        Action<SqliteDocumentCache>? rejected = null) : Request
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _rejection;

        public Task<T> Task => _completion.Task;

        public override void Apply(Statements statements) => _result = apply(statements);

        public override void Reject(Exception failure) => _rejection = failure;

        public override void Complete(SqliteDocumentCache documents)
        {
            if (_rejection is null)
            {
                committed?.Invoke(documents, _result!);
                _completion.TrySetResult(_result!);
            }
            else
            {
                rejected?.Invoke(documents);
                _completion.TrySetException(_rejection);
            }
        }

        public override void Fail(Exception failure) => _completion.TrySetException(failure);

        protected override void SetCanceled(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
    }

    /// <summary>The write connection with its statements prepared once.</summary>
    /// <remarks>
    /// They run on SQLite's statements directly. Through a command, each step of the transaction
    /// control would cost more than the step itself, and a document would be bound as a string that
    /// the command converts back to the UTF-8 the turn produced.
    /// </remarks>
    private sealed class Statements : IDisposable
    {
        // SQLite's own, restored before the pooled connection goes back to the pool.
        private const int DefaultAutoCheckpointFrames = 1000;

        private readonly SqliteConnection _connection;
        private readonly List<sqlite3_stmt> _prepared = [];
        private readonly sqlite3_stmt _begin;
        private readonly sqlite3_stmt _commit;
        private readonly sqlite3_stmt _savepoint;
        private readonly sqlite3_stmt _release;
        private readonly sqlite3_stmt _rollBackToSavepoint;
        private readonly sqlite3_stmt _dataVersion;
        private readonly sqlite3_stmt _insert;
        private readonly sqlite3_stmt _upsert;
        private readonly sqlite3_stmt _update;
        private readonly sqlite3_stmt _delete;

        public Statements(SqliteConnection connection)
        {
            _connection = connection;
            try
            {
                // The checkpointer copies the log into the file; a commit must not stop to do it.
                raw.sqlite3_wal_autocheckpoint(connection.Handle, 0);

                // IMMEDIATE takes the write lock up front: a deferred transaction that reads first could
                // fail with SQLITE_BUSY on its first write instead of waiting for another process.
                _begin = Prepare("BEGIN IMMEDIATE;");
                _commit = Prepare("COMMIT;");
                _savepoint = Prepare("SAVEPOINT request;");
                _release = Prepare("RELEASE request;");
                _rollBackToSavepoint = Prepare("ROLLBACK TO request;");
                _dataVersion = Prepare("PRAGMA data_version;");

                // Parameters: ?1 the key, ?2 the document, ?3 the version it must still have.
                _insert = Prepare("INSERT INTO bot_state (key, version, json) VALUES (?1, 1, ?2) ON CONFLICT (key) DO NOTHING;");
                _upsert = Prepare(
                    "INSERT INTO bot_state (key, version, json) VALUES (?1, 1, ?2) " +
                    "ON CONFLICT (key) DO UPDATE SET json = excluded.json, version = bot_state.version + 1 RETURNING version;");
                _update = Prepare("UPDATE bot_state SET json = ?2, version = version + 1 WHERE key = ?1 AND version = ?3;");
                _delete = Prepare("DELETE FROM bot_state WHERE key = ?1;");
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>The writer's connection, for writes other than state documents.</summary>
        public SqliteConnection Connection => _connection;

        /// <summary>Writes the documents and returns their new ETags, or throws if an ETag does not match.</summary>
        public Dictionary<string, string> WriteAll(IReadOnlyDictionary<string, StoreItem> changes)
        {
            var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
            foreach (var (key, change) in changes)
            {
                etags[key] = Write(key, change).ToString(CultureInfo.InvariantCulture);
            }

            return etags;
        }

        public int DeleteAll(IReadOnlyCollection<string> keys)
        {
            var deleted = 0;
            foreach (var key in keys)
            {
                raw.sqlite3_bind_text(_delete, 1, key);
                deleted += Change(_delete);
            }

            return deleted;
        }

        /// <summary>Writes one document and returns its new version, or throws if its ETag does not match.</summary>
        private long Write(string key, StoreItem change)
        {
            if (change.IsUnconditional)
            {
                Bind(_upsert, key, change);
                try
                {
                    var result = raw.sqlite3_step(_upsert);
                    if (result == raw.SQLITE_ROW)
                    {
                        return raw.sqlite3_column_int64(_upsert, 0);
                    }

                    SqliteException.ThrowExceptionForRC(result, _connection.Handle);
                    throw new SqliteException($"Writing '{key}' returned no version.", result);
                }
                finally
                {
                    raw.sqlite3_reset(_upsert);
                }
            }

            if (change.IsCreate)
            {
                Bind(_insert, key, change);
                return Change(_insert) == 1 ? 1 : throw StorageConcurrencyException.ForKey(key, change.ETag);
            }

            // An ETag this store did not issue can never match.
            if (!long.TryParse(change.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw StorageConcurrencyException.ForKey(key, change.ETag);
            }

            Bind(_update, key, change);
            raw.sqlite3_bind_int64(_update, 3, version);
            return Change(_update) == 1 ? version + 1 : throw StorageConcurrencyException.ForKey(key, change.ETag);
        }

        /// <summary>Begins the transaction, waiting up to the busy timeout for another connection's write to end.</summary>
        public void Begin() => Run(_begin);

        /// <summary>Begins the transaction if no other connection is writing, without sleeping in the busy handler.</summary>
        public bool TryBeginWithoutWaiting()
        {
            var handle = _connection.Handle;
            raw.sqlite3_busy_timeout(handle, 0);
            try
            {
                var result = Step(_begin);
                if (result == raw.SQLITE_BUSY)
                {
                    return false;
                }

                SqliteException.ThrowExceptionForRC(result, handle);
                return true;
            }
            finally
            {
                raw.sqlite3_busy_timeout(handle, SqliteDatabase.BusyTimeoutMilliseconds);
            }
        }

        public void Commit() => Run(_commit);

        public void Savepoint() => Run(_savepoint);

        public void Release() => Run(_release);

        public bool TryRollBackToSavepoint() => Step(_rollBackToSavepoint) == raw.SQLITE_DONE;

        public long DataVersion()
        {
            try
            {
                var result = raw.sqlite3_step(_dataVersion);
                return result == raw.SQLITE_ROW
                    ? raw.sqlite3_column_int64(_dataVersion, 0)
                    : throw new SqliteException("PRAGMA data_version returned no row.", result);
            }
            finally
            {
                raw.sqlite3_reset(_dataVersion);
            }
        }

        public void Dispose()
        {
            // Pooled connections outlive this object, so SQLite's own statements must not, and a
            // transaction left open by a failure must not hold the write lock for the next user.
            foreach (var statement in _prepared)
            {
                raw.sqlite3_finalize(statement);
            }

            if (raw.sqlite3_get_autocommit(_connection.Handle) == 0)
            {
                raw.sqlite3_exec(_connection.Handle, "ROLLBACK;");
            }

            raw.sqlite3_wal_autocheckpoint(_connection.Handle, DefaultAutoCheckpointFrames);
            _connection.Dispose();
        }

        private static void Bind(sqlite3_stmt statement, string key, StoreItem change)
        {
            raw.sqlite3_bind_text(statement, 1, key);
            raw.sqlite3_bind_text(statement, 2, change.Utf8Json.Span);
        }

        private static int Step(sqlite3_stmt statement)
        {
            var result = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            return result;
        }

        private void Run(sqlite3_stmt statement) => SqliteException.ThrowExceptionForRC(Step(statement), _connection.Handle);

        /// <summary>Runs the statement and returns how many rows it changed.</summary>
        private int Change(sqlite3_stmt statement)
        {
            Run(statement);
            return raw.sqlite3_changes(_connection.Handle);
        }

        private sqlite3_stmt Prepare(string sql)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement), _connection.Handle);
            _prepared.Add(statement);
            return statement;
        }
    }
}
