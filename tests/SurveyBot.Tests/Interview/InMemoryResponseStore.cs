using System.Collections.Concurrent;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Tests.Interview;

internal sealed class InMemoryResponseStore : IResponseStore
{
    private readonly ConcurrentDictionary<string, InterviewResponse> _responses = new(StringComparer.Ordinal);

    public IReadOnlyList<InterviewResponse> All => [.. _responses.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    public Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default)
    {
        _responses[response.Id] = response;
        return Task.CompletedTask;
    }

    public Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_responses.GetValueOrDefault(id));

    public Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterviewResponse>>([.. _responses.Values.Where(r => scriptId is null || r.ScriptId == scriptId)]);

    public Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        var mine = _responses.Values.Where(r => r.ChannelId == channelId && r.UserId == userId).ToList();
        foreach (var response in mine)
        {
            _responses.TryRemove(response.Id, out _);
        }

        return Task.FromResult(mine.Count);
    }
}
