using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.DirectLine;

namespace SurveyBot.Web.DirectLine;

/// <summary>Says once which secret is in force when none was configured, then evicts idle conversations every minute.</summary>
internal sealed partial class DirectLineHousekeeping(
    DirectLineTokenService tokens,
    DirectLineConversations conversations,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineHousekeeping> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (tokens.SecretWasGenerated)
        {
            Log.SecretGenerated(logger, DirectLineOptions.SectionName, tokens.Secret);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var evicted = conversations.EvictIdle();
                if (evicted > 0)
                {
                    Log.Evicted(logger, evicted, options.Value.IdleConversationMinutes, conversations.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No Direct Line secret configured ({Section}:Secret); this run uses the generated secret {Secret}")]
        public static partial void SecretGenerated(ILogger logger, string section, string secret);

        [LoggerMessage(2, LogLevel.Information, "Evicted {Count} Direct Line conversations idle for over {Minutes} minutes; {Remaining} remain")]
        public static partial void Evicted(ILogger logger, int count, int minutes, int remaining);
    }
}
