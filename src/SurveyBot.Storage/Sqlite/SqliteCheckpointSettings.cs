namespace SurveyBot.Storage.Sqlite;

/// <summary>When the write-ahead log is copied into the database file (see <see cref="SqliteCheckpointer"/>).</summary>
/// <param name="RestartFrames">
/// The log's bound, in frames (a page each): past it the checkpointer finishes copying it while the
/// writer waits, so the log starts over. 4,096 frames of 4 KB pages keep the log file at about 16 MB.
/// </param>
/// <param name="MinimumInterval">How long the checkpointer lets pass, once woken, before it copies: the least time between two checkpoints.</param>
internal sealed record SqliteCheckpointSettings(int RestartFrames, TimeSpan MinimumInterval)
{
    public static SqliteCheckpointSettings Default { get; } = new(4096, TimeSpan.FromMilliseconds(50));
}
