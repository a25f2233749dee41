using Microsoft.Data.Sqlite;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// One SQLite database file: its connection settings and its schema, created or upgraded on first
/// use. Every connection runs in WAL mode, so readers never wait for the writer, and waits for a
/// busy database instead of failing at once. All writes in this process go through its one
/// <see cref="Writer"/>.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    internal const int BusyTimeoutMilliseconds = 10_000;

    // Each entry upgrades the schema by one version; entries are never edited once released.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE bot_state (
            key TEXT PRIMARY KEY NOT NULL,
            json TEXT NOT NULL,
            version INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE interview_responses (
            id TEXT PRIMARY KEY NOT NULL,
            script_id TEXT NOT NULL,
            script_version TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_id TEXT,
            started_at TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            answers TEXT NOT NULL,
            analysis TEXT,
            transcript TEXT NOT NULL
        );
        CREATE INDEX ix_interview_responses_script ON interview_responses (script_id, completed_at);
        CREATE INDEX ix_interview_responses_completed ON interview_responses (completed_at);
        CREATE INDEX ix_interview_responses_user ON interview_responses (channel_id, user_id);
        """,

        // A WITHOUT ROWID table keeps whole rows in its key's b-tree, so every lookup compared the key
        // against documents many pages long, read from their overflow pages. Here the key's index holds
        // keys alone, and the version comes before the document so that checking it reads no overflow page.
        """
        CREATE TABLE bot_state_by_rowid (
            key TEXT PRIMARY KEY NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        INSERT INTO bot_state_by_rowid (key, version, json) SELECT key, version, json FROM bot_state;
        DROP TABLE bot_state;
        ALTER TABLE bot_state_by_rowid RENAME TO bot_state;
        """,
    ];

    private readonly Lock _migrationLock = new();
    private readonly Lazy<SqliteWriter> _writer;
    private volatile bool _migrated;

    public SqliteDatabase(string path, long documentCacheBytes = 32L * 1024 * 1024, SqliteCheckpointSettings? checkpoints = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(FullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
        Documents = new SqliteDocumentCache(documentCacheBytes);
        _writer = new Lazy<SqliteWriter>(() => new SqliteWriter(this, Documents, checkpoints ?? SqliteCheckpointSettings.Default));
    }

    public string FullPath { get; }

    public string ConnectionString { get; }

    /// <summary>The latest state documents this process wrote or read, kept current by <see cref="Writer"/>.</summary>
    public SqliteDocumentCache Documents { get; }

    /// <summary>The writer every write to this file goes through; its thread starts on first use.</summary>
    public SqliteWriter Writer => _writer.Value;

    /// <summary>Finishes the queued writes and closes the writer's connection.</summary>
    public void Dispose()
    {
        if (_writer.IsValueCreated)
        {
            _writer.Value.Dispose();
        }
    }

    /// <summary>Opens a connection to the up-to-date schema.</summary>
    /// <remarks>SQLite does its I/O synchronously, so this completes synchronously.</remarks>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Open());
    }

    /// <summary>Opens a connection to the up-to-date schema.</summary>
    public SqliteConnection Open()
    {
        if (!_migrated)
        {
            Migrate();
        }

        return Connect();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();

            // NORMAL is durable against process crashes in WAL mode; only a power cut can lose the last commits.
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        lock (_migrationLock)
        {
            if (_migrated)
            {
                return;
            }

            using var connection = Connect();
            Execute(connection, "PRAGMA journal_mode = WAL;");

            // IMMEDIATE: another process migrating the same file waits here instead of racing.
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, "CREATE TABLE IF NOT EXISTS surveybot_schema (version INTEGER NOT NULL);", transaction);
            using var query = connection.CreateCommand();
            query.Transaction = transaction;
            query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM surveybot_schema;";
            var current = Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = current + 1; version <= Migrations.Length; version++)
            {
                Execute(connection, Migrations[version - 1], transaction);
                Execute(connection, $"INSERT INTO surveybot_schema (version) VALUES ({version});", transaction);
            }

            transaction.Commit();
            _migrated = true;
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
