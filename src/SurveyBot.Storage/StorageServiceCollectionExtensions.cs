using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage;

/// <summary>Registers the bot's storage and state.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IStorage"/> (in memory), <see cref="ConversationState"/> and <see cref="UserState"/>.</summary>
    public static IServiceCollection AddSurveyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }
}
