using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SurveyBot.BotFramework.Adapter;

namespace SurveyBot;

/// <summary>Registers the bot.</summary>
public static class SurveyBotServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="IBot"/>.</summary>
    public static IServiceCollection AddSurveyBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IBot, GreetingBot>();
        return services;
    }
}
