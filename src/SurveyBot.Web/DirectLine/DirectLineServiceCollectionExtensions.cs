using Microsoft.Extensions.DependencyInjection.Extensions;
using SurveyBot.BotFramework.DirectLine;

namespace SurveyBot.Web.DirectLine;

/// <summary>Registers the embedded Direct Line channel.</summary>
internal static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineServices>();
        services.AddHostedService<DirectLineHousekeeping>();
        return services;
    }
}
