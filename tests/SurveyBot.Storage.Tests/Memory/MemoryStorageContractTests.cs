using SurveyBot.BotFramework.State;

namespace SurveyBot.Storage.Tests.Memory;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    private readonly MemoryStorage _storage = new();

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(_storage);
}
