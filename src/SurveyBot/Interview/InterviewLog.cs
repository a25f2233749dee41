using Microsoft.Extensions.Logging;

namespace SurveyBot.Interview;

/// <summary>The interview's log events.</summary>
internal static partial class InterviewLog
{
    [LoggerMessage(1, LogLevel.Information, "Interview {ScriptId} ({ScriptHash}) started in conversation {ConversationId}")]
    public static partial void Started(ILogger logger, string scriptId, string scriptHash, string conversationId);

    [LoggerMessage(2, LogLevel.Information, "Interview in conversation {ConversationId} completed with {Experiences} experience(s) of {ScriptId}")]
    public static partial void Completed(ILogger logger, string scriptId, string conversationId, int experiences);

    [LoggerMessage(3, LogLevel.Information, "Consent declined in conversation {ConversationId}")]
    public static partial void Declined(ILogger logger, string conversationId);

    [LoggerMessage(4, LogLevel.Information, "Interview stopped in conversation {ConversationId} at step {StepId}")]
    public static partial void Stopped(ILogger logger, string conversationId, string stepId);

    [LoggerMessage(5, LogLevel.Information, "Respondent of conversation {ConversationId} forgotten; {Responses} response(s) deleted")]
    public static partial void Forgotten(ILogger logger, string conversationId, int responses);

    [LoggerMessage(6, LogLevel.Information, "Conversation {ConversationId} resumed the interview of conversation {PreviousConversationId}")]
    public static partial void Resumed(ILogger logger, string conversationId, string previousConversationId);

    [LoggerMessage(7, LogLevel.Warning, "Script {ScriptId} version {ScriptHash} of conversation {ConversationId} is no longer available")]
    public static partial void VersionGone(ILogger logger, string scriptId, string scriptHash, string conversationId);
}
