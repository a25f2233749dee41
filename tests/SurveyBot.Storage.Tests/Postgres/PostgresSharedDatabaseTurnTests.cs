using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Postgres;

namespace SurveyBot.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSharedDatabaseTurnTests(PostgresCluster cluster) : SharedDatabaseTurnTests
{
    private string? _connectionString;

    protected override async Task<IStorage> CreateStorageAsync() =>
        new PostgresStorage(_connectionString ??= await cluster.CreateDatabaseAsync());
}
