using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Interview;

/// <summary>
/// Where the interview keeps itself: the typed <see cref="InterviewState"/> and the dialog stack in
/// conversation state, and in user state a pointer to an unfinished interview.
/// </summary>
internal sealed class InterviewStore
{
    /// <summary>The conversation-state property that holds the interview.</summary>
    public const string InterviewProperty = "interview";

    /// <summary>The conversation-state property that holds the dialog stack.</summary>
    public const string DialogsProperty = "dialogs";

    /// <summary>The conversation-state list that holds the run's transcript, kept apart so a turn only appends to it.</summary>
    public const string TranscriptProperty = "transcript";

    private readonly IStorage _storage;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<InterviewState> _interview;
    private readonly IStatePropertyAccessor<InterviewPointer> _pointer;

    public InterviewStore(IStorage storage, ConversationState conversationState, UserState userState)
    {
        _storage = storage;
        _conversationState = conversationState;
        _userState = userState;
        _interview = conversationState.CreateProperty(InterviewProperty, InterviewJsonContext.Default.InterviewState);
        Dialogs = conversationState.CreateProperty(DialogsProperty, DialogJsonContext.Default.DialogState);
        _pointer = userState.CreateProperty("interviewPointer", InterviewJsonContext.Default.InterviewPointer);
        Transcript = conversationState.CreateList(TranscriptProperty, InterviewJsonContext.Default.TranscriptEntry);
    }

    public IStatePropertyAccessor<DialogState> Dialogs { get; }

    public IStateListAccessor<TranscriptEntry> Transcript { get; }

    public async Task<InterviewState> LoadAsync(ITurnContext context, CancellationToken ct)
    {
        var state = await _interview.GetOrDefaultAsync(context, ct) ?? new InterviewState();
        if (state.TakeEarlierTranscript() is { } earlier)
        {
            await Transcript.AppendAsync(context, earlier, ct);
        }

        return state;
    }

    public Task<InterviewPointer?> PointerAsync(ITurnContext context, CancellationToken ct) => _pointer.GetOrDefaultAsync(context, ct);

    /// <summary>Takes over the interview of another conversation of the same respondent, deleting it there.</summary>
    public async Task<(InterviewState? Interview, DialogState? Dialogs, List<TranscriptEntry> Transcript)> TakeOverAsync(InterviewTurn turn, string conversationId)
    {
        var key = ConversationKey(turn.ChannelId, conversationId);
        var items = await _storage.ReadAsync([key], turn.CancellationToken);
        await _storage.DeleteAsync([key], turn.CancellationToken);
        if (!items.TryGetValue(key, out var item) || JsonNode.Parse(item.Json) is not JsonObject document)
        {
            return (null, null, []);
        }

        try
        {
            var interview = document[InterviewProperty]?.Deserialize(InterviewJsonContext.Default.InterviewState);
            var transcript = document[TranscriptProperty]?.Deserialize(InterviewJsonContext.Default.ListTranscriptEntry) ?? [];
            return (
                interview,
                document[DialogsProperty]?.Deserialize(DialogJsonContext.Default.DialogState),
                [.. interview?.TakeEarlierTranscript() ?? [], .. transcript]);
        }
        catch (JsonException)
        {
            return (null, null, []);
        }
    }

    /// <summary>Deletes everything kept about the respondent; returns how many saved interviews went.</summary>
    public async Task<int> ForgetAsync(InterviewTurn turn)
    {
        var deleted = 0;
        if (turn.UserId is { } userId)
        {
            deleted = await turn.Services.Responses.DeleteByUserAsync(turn.ChannelId, userId, turn.CancellationToken);
            if (await PointerAsync(turn.Context, turn.CancellationToken) is { } pointer && pointer.ConversationId != turn.ConversationId)
            {
                await _storage.DeleteAsync([ConversationKey(turn.ChannelId, pointer.ConversationId)], turn.CancellationToken);
            }
        }

        turn.State.Status = InterviewStatus.Ended;
        turn.DeleteInterview = true;
        turn.DeleteUser = true;
        return deleted;
    }

    public async Task SaveAsync(InterviewTurn turn)
    {
        var context = turn.Context;
        var ct = turn.CancellationToken;
        if (turn.DeleteInterview)
        {
            await _conversationState.DeleteAsync(context, ct);
        }
        else
        {
            await _interview.SetAsync(context, turn.State, ct);
            if (turn.TranscriptRestarted)
            {
                await Transcript.DeleteAsync(context, ct);
            }

            await Transcript.AppendAsync(context, turn.Recorded, ct);
        }

        // User state is written only when the pointer changes: reading it must not create a document.
        var userChanged = true;
        if (turn.DeleteUser)
        {
            await _userState.DeleteAsync(context, ct);
        }
        else if (!turn.DeleteInterview && turn.State is { Status: InterviewStatus.InProgress, StartedAt: not null } state)
        {
            await _pointer.SetAsync(context, new InterviewPointer(turn.ConversationId, state.ScriptId, state.ScriptHash), ct);
        }
        else if (turn.State.StartedAt is not null && await _pointer.GetOrDefaultAsync(context, ct) is { } pointer && pointer.ConversationId == turn.ConversationId)
        {
            // The pointer is all the bot keeps about a user, so the document goes with it.
            await _userState.DeleteAsync(context, ct);
        }
        else
        {
            userChanged = false;
        }

        await _conversationState.SaveChangesAsync(context, false, ct);
        if (userChanged)
        {
            await _userState.SaveChangesAsync(context, false, ct);
        }
    }

    private static string ConversationKey(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";
}
