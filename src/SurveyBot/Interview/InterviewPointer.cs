namespace SurveyBot.Interview;

/// <summary>
/// Kept in user state: where a respondent's unfinished interview is, so a new conversation can
/// resume it. It holds nothing that changes from turn to turn, so a turn rewrites it only when
/// the interview moves to another conversation or run.
/// </summary>
public sealed record InterviewPointer(string ConversationId, string ScriptId, string ScriptHash);
