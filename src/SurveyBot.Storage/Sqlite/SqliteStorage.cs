using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Sqlite;

/// <summary>
/// Conversation and user state in an SQLite file. Each document has an integer version, its ETag;
/// a conditional write is an UPDATE whose WHERE clause checks the version, so the check and the
/// write are one atomic statement even when several processes share the file. Writes and deletes
/// go through the database's one <see cref="SqliteWriter"/>; reads are served from its
/// <see cref="SqliteDocumentCache"/> when they can, and otherwise run on pooled connections
/// alongside the writer (WAL).
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly ConcurrentQueue<Session> _idle = new();
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private volatile bool _disposed;

    /// <summary>Opens (or creates) the database file at <paramref name="path"/>; its folder is created if missing.</summary>
    public SqliteStorage(string path)
        : this(new SqliteDatabase(path), ownsDatabase: true)
    {
    }

    internal SqliteStorage(SqliteDatabase database, bool ownsDatabase = false)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        var documents = _database.Documents;
        if (documents.Enabled)
        {
            _database.Writer.RefreshDocuments();
            foreach (var key in keys)
            {
                if (!documents.TryGet(key, out var document))
                {
                    found.Clear();
                    break;
                }

                found[key] = document;
            }

            if (found.Count == keys.Count)
            {
                return found;
            }
        }

        var generation = documents.Generation;
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var key in keys)
            {
                session.ReadKey.Value = key;
                using var reader = session.Read.ExecuteReader();
                if (reader.Read())
                {
                    var document = StoreItem.FromUtf8(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
                    found[key] = document;
                    documents.Read(key, document, generation);
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
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return changes.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal))
            : _database.Writer.WriteAsync(changes, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return keys.Count == 0 ? Task.CompletedTask : _database.Writer.DeleteAsync(keys, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        if (_ownsDatabase)
        {
            _database.Dispose();
        }

        while (_idle.TryDequeue(out var session))
        {
            session.Dispose();
        }
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

    /// <summary>A read connection with its statement prepared once, used by one read at a time.</summary>
    private sealed class Session : IDisposable
    {
        public Session(SqliteConnection connection)
        {
            Connection = connection;
            Read = connection.CreateCommand();
            Read.CommandText = "SELECT json, version FROM bot_state WHERE key = $key;";
            ReadKey = Read.Parameters.Add("$key", SqliteType.Text);
            Read.Prepare();
        }

        public SqliteConnection Connection { get; }

        public SqliteCommand Read { get; }

        public SqliteParameter ReadKey { get; }

        public void Dispose()
        {
            Read.Dispose();
            Connection.Dispose();
        }
    }
}
