using System.Text.Json.Nodes;

namespace SurveyBot.Insights.Responses;

/// <summary>A completed interview, as researchers read, compare and export it.</summary>
/// <param name="Id">The response's id.</param>
/// <param name="ScriptId">The interview script's id.</param>
/// <param name="ScriptVersion">The content hash of the script version the interview ran on.</param>
/// <param name="ChannelId">The channel the respondent used.</param>
/// <param name="ConversationId">The conversation the interview took place in.</param>
/// <param name="UserId">The respondent's channel user id, kept so that they can ask to be forgotten.</param>
/// <param name="StartedAt">When the respondent gave consent.</param>
/// <param name="CompletedAt">When the interview ended.</param>
/// <param name="Answers">The answers by step id, in the respondent's words.</param>
/// <param name="Analysis">The analysis of the answers (the analysis contract's JSON shape), or null.</param>
/// <param name="Transcript">The conversation, turn by turn.</param>
public sealed record InterviewResponse(
    string Id,
    string ScriptId,
    string ScriptVersion,
    string ChannelId,
    string ConversationId,
    string? UserId,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    IReadOnlyDictionary<string, string> Answers,
    JsonObject? Analysis,
    IReadOnlyList<TranscriptEntry> Transcript);
