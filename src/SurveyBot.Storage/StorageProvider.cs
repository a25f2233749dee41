namespace SurveyBot.Storage;

/// <summary>Where conversation state and completed responses are kept.</summary>
public enum StorageProvider
{
    /// <summary>An SQLite file: the embedded default for one bot instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: for several bot instances behind a load balancer.</summary>
    Postgres,

    /// <summary>Process memory: for tests and demos; everything is lost on restart.</summary>
    Memory,
}
