using Npgsql;

namespace SurveyBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database: a pooled data source whose repeated statements are prepared
/// automatically, and the schema, created or upgraded on first use.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    // An arbitrary constant: every instance migrating the same database takes this lock in turn.
    private const long MigrationLockId = 0x5375727665794230;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE bot_state (
            key text PRIMARY KEY,
            json text NOT NULL,
            version bigint NOT NULL
        );
        CREATE TABLE interview_responses (
            id text PRIMARY KEY,
            script_id text NOT NULL,
            script_version text NOT NULL,
            channel_id text NOT NULL,
            conversation_id text NOT NULL,
            user_id text,
            started_at timestamptz NOT NULL,
            completed_at timestamptz NOT NULL,
            answers json NOT NULL,
            analysis json,
            transcript json NOT NULL
        );
        CREATE INDEX ix_interview_responses_script ON interview_responses (script_id, completed_at);
        CREATE INDEX ix_interview_responses_completed ON interview_responses (completed_at);
        CREATE INDEX ix_interview_responses_user ON interview_responses (channel_id, user_id);
        """,
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
        }

        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Opens a connection to the up-to-date schema.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrationLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockId});", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS surveybot_schema (version integer NOT NULL);", cancellationToken).ConfigureAwait(false);
            await using var query = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM surveybot_schema;", connection);
            var current = (int)(await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            for (var version = current + 1; version <= Migrations.Length; version++)
            {
                await ExecuteAsync(connection, Migrations[version - 1], cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, $"INSERT INTO surveybot_schema (version) VALUES ({version});", cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
