using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteResponseStoreTests : ResponseStoreContractTests
{
    private readonly TempDatabaseFile _file = new();

    protected override Task<IResponseStore> CreateStoreAsync() => Task.FromResult<IResponseStore>(new SqliteResponseStore(_file.Path));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }
}
