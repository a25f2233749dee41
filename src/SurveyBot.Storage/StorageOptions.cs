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

    /// <summary>The PostgreSQL connection string (Npgsql syntax), required when <see cref="Provider"/> is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }
}
