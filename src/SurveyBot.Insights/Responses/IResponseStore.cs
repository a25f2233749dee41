namespace SurveyBot.Insights.Responses;

/// <summary>Where completed interviews are kept for researchers.</summary>
public interface IResponseStore
{
    /// <summary>Saves a response; saving the same id again replaces it.</summary>
    Task SaveAsync(InterviewResponse response, CancellationToken cancellationToken = default);

    /// <summary>Returns a response by id, or null.</summary>
    Task<InterviewResponse?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists responses, newest first, optionally of one script only.</summary>
    Task<IReadOnlyList<InterviewResponse>> ListAsync(string? scriptId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every response of a respondent ("forget me") and returns how many were deleted.</summary>
    Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default);
}
