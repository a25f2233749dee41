using SurveyBot.Insights.Responses;

namespace SurveyBot.Storage.Memory;

/// <summary>
/// Responses in process memory: for tests and demos; they are lost on restart. A response is kept
/// as the database stores keep it, its answers, analysis and transcript as JSON, so every read gets
/// objects of its own: a caller that changes what it saved or read changes nothing here.
/// </summary>
public sealed class MemoryResponseStore : IResponseStore
{
    private static readonly IReadOnlyDictionary<string, string> EmptyAnswers = new Dictionary<string, string>();

    private readonly Dictionary<string, StoredResponse> _responses = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var stored = new StoredResponse(
            response with { Answers = EmptyAnswers, Analysis = null, Transcript = [] },
            ResponseColumns.Answers(response),
            ResponseColumns.Analysis(response),
            ResponseColumns.Transcript(response));
        lock (_lock)
        {
            _responses[response.Id] = stored;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        StoredResponse? stored;
        lock (_lock)
        {
            stored = _responses.GetValueOrDefault(id);
        }

        return Task.FromResult(stored?.Read());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default)
    {
        List<StoredResponse> found;
        lock (_lock)
        {
            found = [.. _responses.Values.Where(r => scriptId is null || string.Equals(r.Fields.ScriptId, scriptId, StringComparison.Ordinal))];
        }

        IReadOnlyList<InterviewResponse> list =
        [
            .. found
                .OrderByDescending(r => r.Fields.CompletedAt)
                .ThenByDescending(r => r.Fields.Id, StringComparer.Ordinal)
                .Select(r => r.Read()),
        ];
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var doomed = _responses.Values
                .Where(r => string.Equals(r.Fields.ChannelId, channelId, StringComparison.Ordinal) && string.Equals(r.Fields.UserId, userId, StringComparison.Ordinal))
                .Select(r => r.Fields.Id)
                .ToList();
            foreach (var id in doomed)
            {
                _responses.Remove(id);
            }

            return Task.FromResult(doomed.Count);
        }
    }

    // The scalar fields as a response without its JSON parts (strings and times, which nobody can change), and those parts as JSON.
    private sealed record StoredResponse(InterviewResponse Fields, string Answers, string? Analysis, string Transcript)
    {
        public InterviewResponse Read() => Fields with
        {
            Answers = ResponseColumns.ReadAnswers(Answers),
            Analysis = ResponseColumns.ReadAnalysis(Analysis),
            Transcript = ResponseColumns.ReadTranscript(Transcript),
        };
    }
}
