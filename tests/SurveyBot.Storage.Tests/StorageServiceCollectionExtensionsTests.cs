using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Memory;
using SurveyBot.Storage.Postgres;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Sqlite_is_the_default_and_creates_the_database_folder()
    {
        using var services = Build(("SurveyBot:Storage:SqlitePath", _file.Path));

        var storage = services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });

        Assert.IsType<SqliteStorage>(storage);
        Assert.IsType<SqliteResponseStore>(services.GetRequiredService<IResponseStore>());
        Assert.True(File.Exists(_file.Path));
    }

    [Fact]
    public void Memory_provider_registers_memory_stores_and_both_state_scopes()
    {
        using var services = Build(("SurveyBot:Storage:Provider", "Memory"));

        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<MemoryResponseStore>(services.GetRequiredService<IResponseStore>());
        Assert.NotNull(services.GetRequiredService<ConversationState>());
        Assert.NotNull(services.GetRequiredService<UserState>());
    }

    [Fact]
    public void Postgres_provider_registers_postgres_stores_without_connecting()
    {
        using var services = Build(("SurveyBot:Storage:Provider", "Postgres"), ("SurveyBot:Storage:PostgresConnectionString", "Host=db.invalid;Database=surveybot"));

        Assert.IsType<PostgresStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<PostgresResponseStore>(services.GetRequiredService<IResponseStore>());
    }

    [Fact]
    public void Postgres_provider_without_a_connection_string_fails_with_a_message_naming_the_setting()
    {
        using var services = Build(("SurveyBot:Storage:Provider", "Postgres"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains("SurveyBot:Storage:PostgresConnectionString is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_postgres_connection_string_fails_with_a_clear_message()
    {
        using var services = Build(("SurveyBot:Storage:Provider", "Postgres"), ("SurveyBot:Storage:PostgresConnectionString", "Hots=typo"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains("is not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_sqlite_path_fails_with_a_clear_message()
    {
        using var services = Build(("SurveyBot:Storage:SqlitePath", " "));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains("SurveyBot:Storage:SqlitePath is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_sqlite_cache_size_fails_with_a_clear_message()
    {
        using var services = Build(("SurveyBot:Storage:SqlitePath", _file.Path), ("SurveyBot:Storage:SqliteCacheMegabytes", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStorage>());

        Assert.Contains("SurveyBot:Storage:SqliteCacheMegabytes is -1", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSurveyStorage(configuration).BuildServiceProvider();
    }
}
