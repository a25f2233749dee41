namespace SurveyBot.Storage;

/// <summary>The <c>SurveyBot:Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "SurveyBot:Storage";

    /// <summary>Which store to use.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file, relative to the working directory unless rooted; its folder is created.</summary>
    public string SqlitePath { get; set; } = "data/surveybot.db";

    /// <summary>
    /// How many megabytes of recent conversation and user state an SQLite store keeps in memory, so
    /// that a turn does not read its state back from the file; 0 turns the cache off.
    /// </summary>
    public int SqliteCacheMegabytes { get; set; } = 32;

    /// <summary>The PostgreSQL connection string (Npgsql syntax), required when <see cref="Provider"/> is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }
}
