using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// Conversation and user state in an SQLite file. Each document has an integer version, its ETag;
/// a conditional write is an UPDATE whose WHERE clause checks the version, so the check and the
/// write are one atomic statement even when several processes share the file.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ConcurrentQueue<Session> _idle = new();
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private volatile bool _disposed;

    /// <summary>Opens (or creates) the database file at <paramref name="path"/>; its folder is created if missing.</summary>
    public SqliteStorage(string path)
        : this(new SqliteDatabase(path))
    {
    }

    internal SqliteStorage(SqliteDatabase database) => _database = database;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var key in keys)
            {
                session.ReadKey.Value = key;
                using var reader = session.Read.ExecuteReader();
                if (reader.Read())
                {
                    found[key] = new StoreItem(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
                }
            }
        }
        finally
        {
            Return(session);
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

        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One statement is atomic on its own; several need a transaction so that a conflict writes nothing.
            using var transaction = changes.Count > 1 ? session.Connection.BeginTransaction(deferred: false) : null;
            session.Enlist(transaction);
            foreach (var (key, change) in changes)
            {
                etags[key] = Write(session, key, change).ToString(CultureInfo.InvariantCulture);
            }

            transaction?.Commit();
        }
        finally
        {
            session.Enlist(null);
            Return(session);
        }

        return etags;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = keys.Count > 1 ? session.Connection.BeginTransaction(deferred: false) : null;
            session.Enlist(transaction);
            foreach (var key in keys)
            {
                session.DeleteKey.Value = key;
                session.Delete.ExecuteNonQuery();
            }

            transaction?.Commit();
        }
        finally
        {
            session.Enlist(null);
            Return(session);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var session))
        {
            session.Dispose();
        }
    }

    private static long Write(Session session, string key, StoreItem change)
    {
        if (change.IsUnconditional)
        {
            Session.Bind(session.Upsert, key, change.Json);
            return Convert.ToInt64(session.Upsert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (change.IsCreate)
        {
            Session.Bind(session.Insert, key, change.Json);
            return session.Insert.ExecuteNonQuery() == 1 ? 1 : throw StorageConcurrencyException.ForKey(key, change.ETag);
        }

        // An ETag this store did not issue can never match.
        if (!long.TryParse(change.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw StorageConcurrencyException.ForKey(key, change.ETag);
        }

        Session.Bind(session.Update, key, change.Json);
        session.UpdateVersion.Value = version;
        return session.Update.ExecuteNonQuery() == 1 ? version + 1 : throw StorageConcurrencyException.ForKey(key, change.ETag);
    }

    private async ValueTask<Session> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryDequeue(out var session)
            ? session
            : new Session(await _database.OpenAsync(cancellationToken).ConfigureAwait(false));
    }

    private void Return(Session session)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            session.Dispose();
            return;
        }

        _idle.Enqueue(session);
    }

    /// <summary>An open connection with its statements prepared once, used by one operation at a time.</summary>
    private sealed class Session : IDisposable
    {
        public Session(SqliteConnection connection)
        {
            Connection = connection;
            Read = Prepare("SELECT json, version FROM bot_state WHERE key = $key;");
            ReadKey = Read.Parameters["$key"];
            Insert = Prepare("INSERT INTO bot_state (key, json, version) VALUES ($key, $json, 1) ON CONFLICT (key) DO NOTHING;");
            Upsert = Prepare(
                "INSERT INTO bot_state (key, json, version) VALUES ($key, $json, 1) " +
                "ON CONFLICT (key) DO UPDATE SET json = excluded.json, version = bot_state.version + 1 RETURNING version;");
            Update = Prepare("UPDATE bot_state SET json = $json, version = version + 1 WHERE key = $key AND version = $version;");
            UpdateVersion = Update.Parameters["$version"];
            Delete = Prepare("DELETE FROM bot_state WHERE key = $key;");
            DeleteKey = Delete.Parameters["$key"];
        }

        public SqliteConnection Connection { get; }

        public SqliteCommand Read { get; }

        public SqliteParameter ReadKey { get; }

        public SqliteCommand Insert { get; }

        public SqliteCommand Upsert { get; }

        public SqliteCommand Update { get; }

        public SqliteParameter UpdateVersion { get; }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteKey { get; }

        public static void Bind(SqliteCommand command, string key, string json)
        {
            command.Parameters["$key"].Value = key;
            command.Parameters["$json"].Value = json;
        }

        public void Enlist(SqliteTransaction? transaction)
        {
            Insert.Transaction = transaction;
            Upsert.Transaction = transaction;
            Update.Transaction = transaction;
            Delete.Transaction = transaction;
        }

        public void Dispose()
        {
            Read.Dispose();
            Insert.Dispose();
            Upsert.Dispose();
            Update.Dispose();
            Delete.Dispose();
            Connection.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in (string[])["$key", "$json", "$version"])
            {
                if (sql.Contains(name, StringComparison.Ordinal))
                {
                    command.Parameters.Add(name, name == "$version" ? SqliteType.Integer : SqliteType.Text);
                }
            }

            command.Prepare();
            return command;
        }
    }
}
