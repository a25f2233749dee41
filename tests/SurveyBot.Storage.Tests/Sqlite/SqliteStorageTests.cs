using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly TempDatabaseFile _file = new();

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new SqliteStorage(_file.Path));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task The_database_folder_and_schema_are_created_on_first_use_and_reused_after()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}") });

        using var reopened = new SqliteStorage(_file.Path);

        Assert.True(File.Exists(_file.Path));
        Assert.Equal("{}", (await reopened.ReadAsync(["k"]))["k"].Json);
    }
}
