namespace SurveyBot.BotFramework.Connector;

/// <summary>How <see cref="ConnectorClient"/> retries a channel that is busy or briefly unavailable.</summary>
public sealed class ConnectorClientOptions
{
    /// <summary>How many times one activity is posted at most (the first try included).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; it doubles on each further retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The longest wait between two tries. A channel that asks (with <c>Retry-After</c>) for a
    /// longer wait is not retried: the reply fails rather than hold the turn longer.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
