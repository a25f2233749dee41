using SurveyBot.Insights.Responses;
using SurveyBot.Storage.Memory;

namespace SurveyBot.Storage.Tests.Memory;

public sealed class MemoryResponseStoreTests : ResponseStoreContractTests
{
    protected override Task<IResponseStore> CreateStoreAsync() => Task.FromResult<IResponseStore>(new MemoryResponseStore());
}
