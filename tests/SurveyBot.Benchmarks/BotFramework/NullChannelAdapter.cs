using Microsoft.Extensions.Logging.Abstractions;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>An adapter whose channel swallows replies: the benchmark reads them from the turn result.</summary>
internal sealed class NullChannelAdapter() : BotAdapter(NullLogger.Instance)
{
    protected override Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
