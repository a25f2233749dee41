using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Postgres;

/// <summary>
/// Conversation and user state in PostgreSQL, shared by every bot instance that uses the database.
/// Each document has an integer version, its ETag; a conditional write is an UPDATE whose WHERE
/// clause checks the version, so the check and the write are one atomic statement.
/// </summary>
public sealed class PostgresStorage : IStorage, IAsyncDisposable, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;

    /// <summary>Connects to the database of <paramref name="connectionString"/> (Npgsql syntax).</summary>
    public PostgresStorage(string connectionString)
        : this(new PostgresDatabase(connectionString), ownsDatabase: true)
    {
    }

    internal PostgresStorage(PostgresDatabase database, bool ownsDatabase = false)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT key, json, version FROM bot_state WHERE key = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = new StoreItem(reader.GetString(1), reader.GetInt64(2).ToString(CultureInfo.InvariantCulture));
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One statement is atomic on its own; several need a transaction so that a conflict writes nothing.
        await using var transaction = changes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        foreach (var (key, change) in changes)
        {
            var version = await WriteAsync(connection, key, change, cancellationToken).ConfigureAwait(false);
            etags[key] = version.ToString(CultureInfo.InvariantCulture);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return etags;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = keys.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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

    private static async Task<long> WriteAsync(NpgsqlConnection connection, string key, StoreItem change, CancellationToken cancellationToken)
    {
        if (change.IsUnconditional)
        {
            await using var upsert = Command(
                connection,
                "INSERT INTO bot_state (key, json, version) VALUES ($1, $2, 1) " +
                "ON CONFLICT (key) DO UPDATE SET json = excluded.json, version = bot_state.version + 1 RETURNING version",
                key,
                change.Json);
            return (long)(await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        if (change.IsCreate)
        {
            await using var insert = Command(
                connection, "INSERT INTO bot_state (key, json, version) VALUES ($1, $2, 1) ON CONFLICT (key) DO NOTHING", key, change.Json);
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
                ? 1
                : throw StorageConcurrencyException.ForKey(key, change.ETag);
        }

        // An ETag this store did not issue can never match.
        if (!long.TryParse(change.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw StorageConcurrencyException.ForKey(key, change.ETag);
        }

        await using var update = Command(
            connection, "UPDATE bot_state SET json = $2, version = version + 1 WHERE key = $1 AND version = $3", key, change.Json);
        update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = version });
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
            ? version + 1
            : throw StorageConcurrencyException.ForKey(key, change.ETag);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string key, string json)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = key });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = json });
        return command;
    }
}
