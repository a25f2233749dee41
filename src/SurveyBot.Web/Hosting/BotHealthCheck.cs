using Microsoft.Extensions.Diagnostics.HealthChecks;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Web.Hosting;

/// <summary>Healthy when the bot can take a turn: storage answers a read and the bot resolves.</summary>
internal sealed class BotHealthCheck(IStorage storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["surveybot/healthz"], cancellationToken);
        }
#pragma warning disable CA1031 // Any storage failure means unhealthy; the exception goes into the report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Storage is unreachable.", ex);
        }

        return services.GetService<IBot>() is null
            ? HealthCheckResult.Unhealthy("No bot is registered.")
            : HealthCheckResult.Healthy();
    }
}
