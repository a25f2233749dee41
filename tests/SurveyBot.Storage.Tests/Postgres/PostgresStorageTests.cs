using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Postgres;

namespace SurveyBot.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresCluster cluster) : StorageContractTests
{
    private string? _connectionString;

    protected override async Task<IStorage> CreateStorageAsync() =>
        new PostgresStorage(_connectionString ??= await cluster.CreateDatabaseAsync());
}
