using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.Interview;

/// <summary>What one turn of the interview works on, and what it decided to delete.</summary>
internal sealed class InterviewTurn(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
{
    public ITurnContext Context { get; } = context;

    public InterviewState State { get; set; } = state;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set when the conversation's interview is to be deleted rather than saved.</summary>
    public bool DeleteInterview { get; set; }

    /// <summary>Set when the respondent's user state is to be deleted.</summary>
    public bool DeleteUser { get; set; }

    public string ChannelId => Context.Activity.ChannelId ?? "";

    public string ConversationId => Context.Activity.Conversation?.Id ?? "";

    public string? UserId => Context.Activity.From?.Id;
}
