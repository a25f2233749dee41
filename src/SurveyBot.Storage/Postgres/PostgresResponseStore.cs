using Npgsql;
using NpgsqlTypes;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Postgres;

/// <summary>Completed interviews in PostgreSQL; answers, analysis and transcript are json columns researchers can query.</summary>
public sealed class PostgresResponseStore : IResponseStore, IAsyncDisposable, IDisposable
{
    private const string Columns =
        "id, script_id, script_version, channel_id, conversation_id, user_id, started_at, completed_at, answers, analysis, transcript";

    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;

    /// <summary>Connects to the database of <paramref name="connectionString"/> (Npgsql syntax).</summary>
    public PostgresResponseStore(string connectionString)
        : this(new PostgresDatabase(connectionString), ownsDatabase: true)
    {
    }

    internal PostgresResponseStore(PostgresDatabase database, bool ownsDatabase = false)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <inheritdoc />
    public async Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"INSERT INTO interview_responses ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) " +
            "ON CONFLICT (id) DO UPDATE SET script_id = excluded.script_id, script_version = excluded.script_version, " +
            "channel_id = excluded.channel_id, conversation_id = excluded.conversation_id, user_id = excluded.user_id, " +
            "started_at = excluded.started_at, completed_at = excluded.completed_at, answers = excluded.answers, " +
            "analysis = excluded.analysis, transcript = excluded.transcript",
            connection);
        Add(command, NpgsqlDbType.Text, response.Id);
        Add(command, NpgsqlDbType.Text, response.ScriptId);
        Add(command, NpgsqlDbType.Text, response.ScriptVersion);
        Add(command, NpgsqlDbType.Text, response.ChannelId);
        Add(command, NpgsqlDbType.Text, response.ConversationId);
        Add(command, NpgsqlDbType.Text, response.UserId);
        Add(command, NpgsqlDbType.TimestampTz, response.StartedAt.ToUniversalTime());
        Add(command, NpgsqlDbType.TimestampTz, response.CompletedAt.ToUniversalTime());
        Add(command, NpgsqlDbType.Json, ResponseColumns.Answers(response));
        Add(command, NpgsqlDbType.Json, ResponseColumns.Analysis(response));
        Add(command, NpgsqlDbType.Json, ResponseColumns.Transcript(response));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM interview_responses WHERE id = $1", id, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM interview_responses WHERE $1::text IS NULL OR script_id = $1 ORDER BY completed_at DESC, id DESC",
            scriptId,
            cancellationToken);

    /// <inheritdoc />
    public async Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM interview_responses WHERE channel_id = $1 AND user_id = $2", connection);
        Add(command, NpgsqlDbType.Text, channelId);
        Add(command, NpgsqlDbType.Text, userId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _ownsDatabase ? _database.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    private static void Add(NpgsqlCommand command, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = value ?? DBNull.Value });

    private async Task<IReadOnlyList<InterviewResponse>> QueryAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        Add(command, NpgsqlDbType.Text, parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var responses = new List<InterviewResponse>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            responses.Add(new InterviewResponse(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetFieldValue<DateTimeOffset>(7),
                ResponseColumns.ReadAnswers(reader.GetString(8)),
                ResponseColumns.ReadAnalysis(reader.IsDBNull(9) ? null : reader.GetString(9)),
                ResponseColumns.ReadTranscript(reader.GetString(10))));
        }

        return responses;
    }
}
