using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Memory;

/// <summary>Responses in process memory: for tests and demos; they are lost on restart.</summary>
public sealed class MemoryResponseStore : IResponseStore
{
    private readonly Dictionary<string, InterviewResponse> _responses = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_lock)
        {
            _responses[response.Id] = response;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_responses.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<InterviewResponse> list =
            [
                .. _responses.Values
                    .Where(r => scriptId is null || string.Equals(r.ScriptId, scriptId, StringComparison.Ordinal))
                    .OrderByDescending(r => r.CompletedAt)
                    .ThenByDescending(r => r.Id, StringComparer.Ordinal),
            ];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var doomed = _responses.Values
                .Where(r => string.Equals(r.ChannelId, channelId, StringComparison.Ordinal) && string.Equals(r.UserId, userId, StringComparison.Ordinal))
                .Select(r => r.Id)
                .ToList();
            foreach (var id in doomed)
            {
                _responses.Remove(id);
            }

            return Task.FromResult(doomed.Count);
        }
    }
}
