using Microsoft.Data.Sqlite;

namespace SurveyBot.Storage.Tests;

/// <summary>A database file path in a fresh temporary folder, removed with everything SQLite put beside it.</summary>
internal sealed class TempDatabaseFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "surveybot-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    public string Path => System.IO.Path.Combine(_folder, "surveybot.db");

    /// <summary>Opens the file on a connection of its own, as another process would; the folder is created if missing.</summary>
    public SqliteConnection Open()
    {
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Takes SQLite's write lock on another connection; writers wait until it is disposed.</summary>
    public SqliteConnection HoldWriteLock()
    {
        var connection = Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
