using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace SurveyBot.Web.Hosting;

/// <summary>Registers what the host itself needs: limits, JSON errors instead of stack traces, health checks.</summary>
internal static class HostingServiceCollectionExtensions
{
    public static IServiceCollection AddSurveyHost(this IServiceCollection services)
    {
        services.AddOptions<HostLimitsOptions>()
            .BindConfiguration(HostLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<HostLimitsOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<BotHealthCheck>("bot");
        return services;
    }
}
