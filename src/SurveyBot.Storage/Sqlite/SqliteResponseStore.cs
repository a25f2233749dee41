using System.Globalization;
using Microsoft.Data.Sqlite;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// Completed interviews in an SQLite file (the same file as the state, in its own table). Saves and
/// deletes go through the database's one <see cref="SqliteWriter"/>, beside the state's writes.
/// </summary>
public sealed class SqliteResponseStore : IResponseStore, IDisposable
{
    private const string Columns =
        "id, script_id, script_version, channel_id, conversation_id, user_id, started_at, completed_at, answers, analysis, transcript";

    // Saving again (the close after the summary) updates the row in place: INSERT OR REPLACE would
    // delete it and insert it anew, index entries and all.
    private static readonly string Upsert =
        $"INSERT INTO interview_responses ({Columns}) " +
        "VALUES ($id, $script, $version, $channel, $conversation, $user, $started, $completed, $answers, $analysis, $transcript) " +
        "ON CONFLICT (id) DO UPDATE SET " +
        string.Join(", ", Columns.Split(", ").Skip(1).Select(column => $"{column} = excluded.{column}")) + ";";

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private SqliteCommand? _save;

    /// <summary>Opens (or creates) the database file at <paramref name="path"/>; its folder is created if missing.</summary>
    public SqliteResponseStore(string path)
        : this(new SqliteDatabase(path), ownsDatabase: true)
    {
    }

    internal SqliteResponseStore(SqliteDatabase database, bool ownsDatabase = false)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <inheritdoc />
    public Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var answers = ResponseColumns.Answers(response);
        var analysis = ResponseColumns.Analysis(response);
        var transcript = ResponseColumns.Transcript(response);
        return _database.Writer.ExecuteAsync(
            connection =>
            {
                var command = SaveCommand(connection);
                command.Parameters["$id"].Value = response.Id;
                command.Parameters["$script"].Value = response.ScriptId;
                command.Parameters["$version"].Value = response.ScriptVersion;
                command.Parameters["$channel"].Value = response.ChannelId;
                command.Parameters["$conversation"].Value = response.ConversationId;
                command.Parameters["$user"].Value = (object?)response.UserId ?? DBNull.Value;
                command.Parameters["$started"].Value = FormatTime(response.StartedAt);
                command.Parameters["$completed"].Value = FormatTime(response.CompletedAt);
                command.Parameters["$answers"].Value = answers;
                command.Parameters["$analysis"].Value = (object?)analysis ?? DBNull.Value;
                command.Parameters["$transcript"].Value = transcript;
                return command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM interview_responses WHERE id = $p;", id, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM interview_responses WHERE $p IS NULL OR script_id = $p ORDER BY completed_at DESC, id DESC;",
            scriptId,
            cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        _database.Writer.ExecuteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM interview_responses WHERE channel_id = $channel AND user_id = $user;";
                command.Parameters.AddWithValue("$channel", channelId);
                command.Parameters.AddWithValue("$user", userId);
                return command.ExecuteNonQuery();
            },
            cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _save?.Dispose();
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    // Prepared once per writer connection; the writer runs one request at a time, so it is never shared.
    private SqliteCommand SaveCommand(SqliteConnection connection)
    {
        if (_save?.Connection == connection)
        {
            return _save;
        }

        _save?.Dispose();
        _save = connection.CreateCommand();
        _save.CommandText = Upsert;
        foreach (var name in (string[])["$id", "$script", "$version", "$channel", "$conversation", "$user", "$started", "$completed", "$answers", "$analysis", "$transcript"])
        {
            _save.Parameters.Add(name, SqliteType.Text);
        }

        _save.Prepare();
        return _save;
    }

    // Fixed-width UTC text sorts in time order, so ORDER BY needs no date functions.
    private static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private async Task<IReadOnlyList<InterviewResponse>> QueryAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$p", SqliteType.Text).Value = (object?)parameter ?? DBNull.Value;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
                ParseTime(reader.GetString(6)),
                ParseTime(reader.GetString(7)),
                ResponseColumns.ReadAnswers(reader.GetString(8)),
                ResponseColumns.ReadAnalysis(reader.IsDBNull(9) ? null : reader.GetString(9)),
                ResponseColumns.ReadTranscript(reader.GetString(10))));
        }

        return responses;
    }
}
