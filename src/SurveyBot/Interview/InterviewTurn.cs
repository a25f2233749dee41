using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Interview;

/// <summary>What one turn of the interview works on, and what it decided to delete; dialogs find it in the turn state.</summary>
internal sealed class InterviewTurn(
    ITurnContext context,
    InterviewState state,
    InterviewServices services,
    IStateListAccessor<TranscriptEntry> transcript,
    CancellationToken cancellationToken)
{
    private const string TurnStateKey = "SurveyBot.Interview.Turn";
    private readonly List<TranscriptEntry> _recorded = [];
    private int _sentRecorded;

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

    /// <summary>Set when this turn began a new transcript: the stored one is to be replaced by <see cref="Recorded"/>.</summary>
    public bool TranscriptRestarted { get; private set; }

    /// <summary>The transcript lines recorded in this turn, not yet stored.</summary>
    public IReadOnlyList<TranscriptEntry> Recorded => _recorded;

    public static InterviewTurn Of(ITurnContext context) => (InterviewTurn)context.TurnState[TurnStateKey];

    public void Attach() => Context.TurnState[TurnStateKey] = this;

    public Task SayAsync(string text, JsonObject? channelData = null) =>
        Context.SendActivityAsync(InterviewMessages.Statement(text, channelData), CancellationToken);

    /// <summary>Records what the respondent said, against the question they were answering.</summary>
    public void RecordUser(string text) =>
        _recorded.Add(new TranscriptEntry(Services.Time.GetUtcNow(), "user", text, State.LastQuestionStepId));

    /// <summary>Records the messages sent since the last call, questions against their step id.</summary>
    public void RecordSent()
    {
        var sent = Context.SentActivities;
        for (; _sentRecorded < sent.Count; _sentRecorded++)
        {
            var activity = sent[_sentRecorded];
            if (activity.Type == ActivityTypes.Message)
            {
                var stepId = activity.ChannelData?["surveyStep"]?["id"]?.GetValue<string>();
                _recorded.Add(new TranscriptEntry(Services.Time.GetUtcNow(), "bot", activity.Text ?? "", stepId));
                State.LastQuestionStepId = stepId ?? State.LastQuestionStepId;
            }
        }
    }

    /// <summary>Begins the transcript of a new run with <paramref name="carried"/>; the lines stored so far go.</summary>
    public void RestartTranscript(IEnumerable<TranscriptEntry> carried)
    {
        _recorded.Clear();
        _recorded.AddRange(carried);
        TranscriptRestarted = true;
    }

    /// <summary>The run's whole transcript: the stored lines, then this turn's, as the JSON they are kept as.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync()
    {
        if (TranscriptRestarted)
        {
            return [.. _recorded];
        }

        // This turn's lines join the stored ones now rather than when the state is saved.
        await transcript.AppendAsync(Context, _recorded, CancellationToken);
        _recorded.Clear();
        return new StoredTranscript(await transcript.ReadJsonAsync(Context, CancellationToken), InterviewJsonContext.Default.ListTranscriptEntry);
    }
}
