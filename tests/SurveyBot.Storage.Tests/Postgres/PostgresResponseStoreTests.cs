using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Postgres;

namespace SurveyBot.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresResponseStoreTests(PostgresCluster cluster) : ResponseStoreContractTests
{
    protected override async Task<IResponseStore> CreateStoreAsync() => new PostgresResponseStore(await cluster.CreateDatabaseAsync());
}
