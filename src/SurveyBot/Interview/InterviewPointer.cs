namespace SurveyBot.Interview;

/// <summary>Kept in user state: where a respondent's unfinished interview is, so a new conversation can resume it.</summary>
public sealed record InterviewPointer(string ConversationId, string ScriptId, string ScriptHash, string? StepId, DateTimeOffset UpdatedAt);
