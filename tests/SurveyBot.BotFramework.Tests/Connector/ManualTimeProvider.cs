namespace SurveyBot.BotFramework.Tests.Connector;

/// <summary>A clock the test moves by hand (timers still run in real time).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}
