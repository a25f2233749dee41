using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Interview;

/// <summary>What one turn of the interview works on, and what it decided to delete; dialogs find it in the turn state.</summary>
internal sealed class InterviewTurn(ITurnContext context, InterviewState state, InterviewServices services, CancellationToken cancellationToken)
{
    private const string TurnStateKey = "SurveyBot.Interview.Turn";
    private int _recorded;

    public ITurnContext Context { get; } = context;

    public InterviewState State { get; set; } = state;

    public InterviewServices Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set when the conversation's interview is to be deleted rather than saved.</summary>
    public bool DeleteInterview { get; set; }

    /// <summary>Set when the respondent's user state is to be deleted.</summary>
    public bool DeleteUser { get; set; }

    public string ChannelId => Context.Activity.ChannelId ?? "";

    public string ConversationId => Context.Activity.Conversation?.Id ?? "";

    public string? UserId => Context.Activity.From?.Id;

    public static InterviewTurn Of(ITurnContext context) => (InterviewTurn)context.TurnState[TurnStateKey];

    public void Attach() => Context.TurnState[TurnStateKey] = this;

    public Task SayAsync(string text, JsonObject? channelData = null) =>
        Context.SendActivityAsync(InterviewMessages.Statement(text, channelData), CancellationToken);

    /// <summary>Records what the respondent said, against the question they were answering.</summary>
    public void RecordUser(string text)
    {
        var question = State.Transcript.LastOrDefault(t => t.Sender == "bot" && t.StepId is not null)?.StepId;
        State.Transcript.Add(new TranscriptEntry(Services.Time.GetUtcNow(), "user", text, question));
    }

    /// <summary>Records the messages sent since the last call, questions against their step id.</summary>
    public void RecordSent()
    {
        var sent = Context.SentActivities;
        for (; _recorded < sent.Count; _recorded++)
        {
            var activity = sent[_recorded];
            if (activity.Type == ActivityTypes.Message)
            {
                var stepId = activity.ChannelData?["surveyStep"]?["id"]?.GetValue<string>();
                State.Transcript.Add(new TranscriptEntry(Services.Time.GetUtcNow(), "bot", activity.Text ?? "", stepId));
            }
        }
    }
}
