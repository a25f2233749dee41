using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Memory;
using SurveyBot.Storage.Postgres;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage;

/// <summary>Registers the bot's storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="IResponseStore"/>, <see cref="ConversationState"/> and
    /// <see cref="UserState"/> on the provider chosen in the <c>SurveyBot:Storage</c> section (SQLite by
    /// default). The settings are checked when the host starts.
    /// </summary>
    public static IServiceCollection AddSurveyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // Databases are created lazily, so that only the configured provider is ever touched.
        services.AddSingleton(sp => new SqliteDatabase(Options(sp).SqlitePath, Options(sp).SqliteCacheMegabytes * 1024L * 1024));
        services.AddSingleton(sp => new PostgresDatabase(Options(sp).PostgresConnectionString!));

        services.AddSingleton<IStorage>(sp => Options(sp).Provider switch
        {
            StorageProvider.Postgres => new PostgresStorage(sp.GetRequiredService<PostgresDatabase>()),
            StorageProvider.Memory => new MemoryStorage(),
            _ => new SqliteStorage(sp.GetRequiredService<SqliteDatabase>()),
        });
        services.AddSingleton<IResponseStore>(sp => Options(sp).Provider switch
        {
            StorageProvider.Postgres => new PostgresResponseStore(sp.GetRequiredService<PostgresDatabase>()),
            StorageProvider.Memory => new MemoryResponseStore(),
            _ => new SqliteResponseStore(sp.GetRequiredService<SqliteDatabase>()),
        });
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
