using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.Commands;
using SurveyBot.Insights.Responses;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// Walks a script's steps one turn at a time. The run's progress is a typed
/// <see cref="InterviewState"/> in conversation state, pinned to the script's id and content hash;
/// commands (help, back, skip, restart, stop, forget me) are handled before the text is taken
/// as an answer.
/// </summary>
public sealed partial class InterviewDialog
{
    private const string Buttons = "You can also type back, skip, restart, stop or forget me.";
    private static readonly string[] YesNo = ["Yes", "No"];
    private static readonly string[] ResumeChoices = ["Resume", "Start again"];

    private readonly ScriptCatalog _catalog;
    private readonly IInterviewAnalyst _analyst;
    private readonly IResponseStore _responses;
    private readonly IStorage _storage;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<InterviewState> _interview;
    private readonly IStatePropertyAccessor<InterviewPointer> _pointer;
    private readonly InterviewOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the dialog.</summary>
    public InterviewDialog(
        ScriptCatalog catalog,
        IInterviewAnalyst analyst,
        IResponseStore responses,
        IStorage storage,
        ConversationState conversationState,
        UserState userState,
        InterviewOptions options,
        TimeProvider time,
        ILogger<InterviewDialog> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        _catalog = catalog;
        _analyst = analyst;
        _responses = responses;
        _storage = storage;
        _conversationState = conversationState;
        _userState = userState;
        _options = options;
        _time = time;
        _logger = logger;
        _interview = conversationState.CreateProperty(StateProperty, InterviewJsonContext.Default.InterviewState);
        _pointer = userState.CreateProperty("interviewPointer", InterviewJsonContext.Default.InterviewPointer);
    }

    /// <summary>The conversation-state property that holds the interview.</summary>
    public const string StateProperty = "interview";

    /// <summary>Handles one turn and saves the state it changed.</summary>
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var state = await _interview.GetOrDefaultAsync(turnContext, cancellationToken) ?? new InterviewState();
        var turn = new InterviewTurn(turnContext, state, cancellationToken);

        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            var userJoined = activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
            if (userJoined && !state.Greeted)
            {
                await BeginAsync(turn);
            }
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await OnMessageAsync(turn, (activity.Text ?? "").Trim());
        }
        else
        {
            return;
        }

        await SaveAsync(turn);
    }

    private async Task SaveAsync(InterviewTurn turn)
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
        }

        // User state is written only when the pointer changes: reading it must not create a document.
        var userChanged = true;
        if (turn.DeleteUser)
        {
            await _userState.DeleteAsync(context, ct);
        }
        else if (!turn.DeleteInterview && turn.State is { Status: InterviewStatus.InProgress, StartedAt: not null } state)
        {
            await _pointer.SetAsync(context, new InterviewPointer(turn.ConversationId, state.ScriptId, state.ScriptHash, state.CurrentStepId, _time.GetUtcNow()), ct);
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

    private async Task BeginAsync(InterviewTurn turn)
    {
        turn.State.Greeted = true;
        var pointer = await _pointer.GetOrDefaultAsync(turn.Context, turn.CancellationToken);
        if (pointer is not null && pointer.ConversationId != turn.ConversationId)
        {
            var script = _catalog.Current(pointer.ScriptId) ?? DefaultScript();
            await SayAsync(turn, script.Greeting ?? "Hi!");
            turn.State.Pending = PendingQuestion.Resume;
            await AskResumeAsync(turn, "Welcome back! You have an unfinished interview. Would you like to pick up where you left off, or start again?");
            return;
        }

        await StartRunAsync(turn, DefaultScript(), greet: true);
    }

    private InterviewScript DefaultScript() =>
        _catalog.Current(_options.DefaultScript)
        ?? throw new InvalidOperationException($"The default interview script '{_options.DefaultScript}' is not among the loaded scripts.");

    private async Task StartRunAsync(InterviewTurn turn, InterviewScript script, bool greet)
    {
        turn.State = new InterviewState
        {
            Greeted = true,
            ScriptId = script.Id,
            ScriptHash = script.ContentHash,
            Status = InterviewStatus.InProgress,
        };
        Log.Started(_logger, script.Id, script.ContentHash, turn.ConversationId);
        if (greet && script.Greeting is { } greeting)
        {
            await SayAsync(turn, greeting);
        }

        var flow = new InterviewFlow(script, turn.State);
        await AskStepAsync(turn, flow, flow.NextStep(null)!);
    }

    private async Task OnMessageAsync(InterviewTurn turn, string text)
    {
        var state = turn.State;
        if (!state.Greeted || state.Status is InterviewStatus.Completed or InterviewStatus.Ended or InterviewStatus.NotStarted && state.Pending != PendingQuestion.Resume)
        {
            state.Greeted = false;
            await BeginAsync(turn);
            return;
        }

        Record(turn.State, "user", text, CurrentQuestionId(state));
        var command = CommandRecognizer.Recognize(text);
        if (text.Length > _options.MaxAnswerLength)
        {
            await SayAsync(turn, string.Create(CultureInfo.InvariantCulture, $"That's longer than I can take in one go. Could you shorten it to under {_options.MaxAnswerLength} characters?"));
            command = InterviewCommand.Help;
            text = "";
        }

        if (state.Pending == PendingQuestion.Resume)
        {
            await OnResumeAnswerAsync(turn, text, command);
            return;
        }

        var script = await _catalog.FindAsync(state.ScriptId, state.ScriptHash, _storage, turn.CancellationToken);
        if (script is null || state.Pending == PendingQuestion.StartAgain)
        {
            await OnVersionGoneAsync(turn, text, command);
            return;
        }

        var flow = new InterviewFlow(script, state);
        var step = script.FindStep(state.CurrentStepId ?? "") ?? flow.NextStep(null)!;
        if (state.Pending == PendingQuestion.ForgetMe)
        {
            await OnForgetMeAnswerAsync(turn, flow, step, text, command);
        }
        else if (command != InterviewCommand.None)
        {
            await OnCommandAsync(turn, flow, step, command);
        }
        else if (state.Pending == PendingQuestion.Probe)
        {
            var answers = flow.AnswersFor(step);
            answers[step.Id] = answers.TryGetValue(step.Id, out var first) && first is not null ? first.TrimEnd('.', ' ') + ". " + text : text;
            await AdvanceAsync(turn, flow, step.Id);
        }
        else if (state.Pending == PendingQuestion.FixStep)
        {
            await OnFixChoiceAsync(turn, flow, step, text);
        }
        else
        {
            await OnAnswerAsync(turn, flow, step, text);
        }
    }

    private async Task OnAnswerAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step, string text)
    {
        var state = turn.State;
        var result = AnswerRecognizer.Recognize(step, text);
        if (!result.Understood)
        {
            var retry = result.Problem ?? step.RetryPrompt ?? DefaultRetry(step);
            await AskStepAsync(turn, flow, step, retry, playback: false);
            return;
        }

        var value = result.Value!;
        if (step.Id == "consent" && step.Kind == StepKind.Confirm)
        {
            if (value == "no")
            {
                Log.Declined(_logger, turn.ConversationId);
                await SayAsync(turn, "That's completely fine. I haven't stored anything. Thank you, and goodbye!");
                turn.State.Status = InterviewStatus.Ended;
                turn.DeleteInterview = true;
                return;
            }

            state.StartedAt = _time.GetUtcNow();
            await _catalog.ArchiveAsync(flow.Script, _storage, turn.CancellationToken);
        }

        if (step.Action == StepAction.Summary && value == "no")
        {
            state.Pending = PendingQuestion.FixStep;
            await AskFixAsync(turn, flow, "No problem, let's fix it. Which part should I change?");
            return;
        }

        flow.AnswersFor(step)[step.Id] = value;
        state.History.Add(HistoryEntry(state.ExperienceIndex, step.Id));

        if (step.Probe is { } probe && CountWords(value) < probe.MinWords)
        {
            state.Pending = PendingQuestion.Probe;
            await AskAsync(turn, step.Id + ":probe", "text", probe.Prompt, null, listChoices: false);
            return;
        }

        if (step.Action == StepAction.Summary)
        {
            await SaveResponseAsync(turn, flow, state.ExperienceIndex);
        }

        if (step.Action == StepAction.Repeat && value == "yes" && state.Experiences.Count < 2)
        {
            state.Experiences.Add([]);
            state.Compared = false;
            await SayAsync(turn, "Great, let's hear about the other one.");
            var next = flow.NextStepFrom(flow.Script.IndexOf(step.RepeatFrom!));
            await AskStepAsync(turn, flow, next!);
            return;
        }

        await AdvanceAsync(turn, flow, step.Id);
    }

    private async Task AdvanceAsync(InterviewTurn turn, InterviewFlow flow, string afterStepId)
    {
        var state = turn.State;
        state.Pending = PendingQuestion.None;
        var next = flow.NextStep(afterStepId);
        if (state.ReturnToStepId is { } returnTo && flow.Script.FindStep(returnTo) is { } target)
        {
            // A corrected answer returns to the summary, unless it made new steps apply before it.
            var before = next is not null && flow.Script.IndexOf(next.Id) < flow.Script.IndexOf(target.Id);
            if (!before)
            {
                state.ReturnToStepId = null;
            }

            await AskStepAsync(turn, flow, before ? next! : target);
            return;
        }

        if (state.ExperienceIndex > 0 && !state.Compared && (next is null || flow.IsAfterRepeat(next)))
        {
            state.Compared = true;
            var comparison = _analyst.Compare(flow.AnswersOf(0), flow.AnswersOf(1));
            await SayAsync(turn, "Thank you. Here's how your two experiences compare:\n\n" + comparison);
        }

        if (next is null)
        {
            await CompleteAsync(turn, flow);
        }
        else
        {
            await AskStepAsync(turn, flow, next);
        }
    }

    private async Task CompleteAsync(InterviewTurn turn, InterviewFlow flow)
    {
        for (var experience = 0; experience < turn.State.Experiences.Count; experience++)
        {
            await SaveResponseAsync(turn, flow, experience);
        }

        turn.State.Status = InterviewStatus.Completed;
        turn.State.CurrentStepId = null;
        Log.Completed(_logger, flow.Script.Id, turn.ConversationId, turn.State.Experiences.Count);
        await SayAsync(turn, flow.Script.Closing ?? "Thank you, that's everything!");
    }

    private async Task SaveResponseAsync(InterviewTurn turn, InterviewFlow flow, int experience)
    {
        var state = turn.State;
        var answers = flow.AnswersOf(experience);
        var response = new InterviewResponse(
            Id: string.Create(CultureInfo.InvariantCulture, $"{state.RunId}-{experience + 1}"),
            ScriptId: state.ScriptId,
            ScriptVersion: state.ScriptHash,
            ChannelId: turn.ChannelId,
            ConversationId: turn.ConversationId,
            UserId: turn.UserId,
            StartedAt: state.StartedAt ?? _time.GetUtcNow(),
            CompletedAt: _time.GetUtcNow(),
            Answers: answers,
            Analysis: _analyst.Summarise(answers).Analysis,
            Transcript: [.. state.Transcript]);
        await _responses.SaveAsync(response, turn.CancellationToken);
    }

    private async Task OnCommandAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step, InterviewCommand command)
    {
        var state = turn.State;
        switch (command)
        {
            case InterviewCommand.Help:
                var help = state.Pending switch
                {
                    PendingQuestion.Probe => "I'd just like a little more detail on your last answer, in your own words. Type skip to move on.",
                    PendingQuestion.FixStep => "Pick the part of your story you'd like to change, and I'll ask it again.",
                    _ => step.Help ?? DefaultHelp(step),
                };
                await SayAsync(turn, help + " " + Buttons);
                await AskCurrentAsync(turn, flow, step);
                break;

            case InterviewCommand.Back:
                await GoBackAsync(turn, flow, step);
                break;

            case InterviewCommand.Skip when state.Pending is PendingQuestion.Probe:
                await AdvanceAsync(turn, flow, step.Id);
                break;

            case InterviewCommand.Skip when state.Pending is PendingQuestion.FixStep:
                await AskStepAsync(turn, flow, step);
                break;

            case InterviewCommand.Skip when step.Optional:
                flow.AnswersFor(step)[step.Id] = null;
                state.History.Add(HistoryEntry(state.ExperienceIndex, step.Id));
                await AdvanceAsync(turn, flow, step.Id);
                break;

            case InterviewCommand.Skip:
                await SayAsync(turn, step.Kind == StepKind.Confirm
                    ? "Sorry, this one can't be skipped: I need a yes or a no to go on."
                    : "Sorry, this one can't be skipped: I need an answer to go on. Type help if it's unclear.");
                await AskStepAsync(turn, flow, step, playback: false);
                break;

            case InterviewCommand.Restart:
                await SayAsync(turn, "Sure, let's start again from the top.");
                await StartRunAsync(turn, _catalog.Current(state.ScriptId) ?? flow.Script, greet: false);
                break;

            case InterviewCommand.Stop:
                Log.Stopped(_logger, turn.ConversationId, step.Id);
                await SayAsync(turn, "No problem, we'll stop here, and I won't save anything more. Thanks for your time. Goodbye!");
                state.Status = InterviewStatus.Ended;
                state.CurrentStepId = null;
                turn.DeleteInterview = true;
                break;

            case InterviewCommand.ForgetMe:
                state.Pending = PendingQuestion.ForgetMe;
                await AskForgetMeAsync(turn);
                break;
        }
    }

    private async Task GoBackAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step)
    {
        var state = turn.State;
        state.ReturnToStepId = null;
        if (state.Pending == PendingQuestion.Probe)
        {
            state.History.Remove(HistoryEntry(state.ExperienceIndex, step.Id));
            await SayAsync(turn, "Sure, let's take that question again.");
            await AskStepAsync(turn, flow, step, playback: false);
            return;
        }

        if (state.History.Count == 0)
        {
            await SayAsync(turn, "This is the first question, so there's nothing to go back to.");
            await AskStepAsync(turn, flow, step, playback: false);
            return;
        }

        var entry = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        var separator = entry.IndexOf(':', StringComparison.Ordinal);
        var experience = int.Parse(entry[..separator], CultureInfo.InvariantCulture);
        if (experience < state.ExperienceIndex)
        {
            // Going back past the start of the second experience undoes it.
            state.Experiences.RemoveAt(state.ExperienceIndex);
            state.Compared = false;
        }

        var previous = flow.Script.FindStep(entry[(separator + 1)..]) ?? step;
        var said = flow.AnswersFor(previous).GetValueOrDefault(previous.Id);
        await SayAsync(turn, said is null
            ? "Sure, let's go back. You skipped this one before."
            : $"Sure, let's go back. Before, you said: \"{said}\". Your new answer will replace it.");
        await AskStepAsync(turn, flow, previous, playback: false);
    }

    private async Task OnFixChoiceAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep summaryStep, string text)
    {
        var fixable = FixableSteps(flow);
        var choice = AnswerRecognizer.MatchChoice([.. fixable.Select(s => new ScriptChoice(s.Label ?? s.Id, [s.Id]))], text);
        if (choice is null)
        {
            await AskFixAsync(turn, flow, "Sorry, which part? Please pick one of these.");
            return;
        }

        var target = fixable.First(s => (s.Label ?? s.Id) == choice.Value);
        turn.State.ReturnToStepId = summaryStep.Id;
        var said = flow.AnswersFor(target).GetValueOrDefault(target.Id);
        await SayAsync(turn, said is null ? "OK. You skipped this one before." : $"OK. Before, you said: \"{said}\".");
        await AskStepAsync(turn, flow, target, playback: false);
    }

    private static List<ScriptStep> FixableSteps(InterviewFlow flow) =>
        [.. flow.Script.Steps.Where(s => s.Action == StepAction.None && s.Id != "consent" && flow.IsAnswered(s) && flow.IsAsked(s)
            && flow.Script.IndexOf(s.Id) < flow.Script.Steps.TakeWhile(t => t.Action != StepAction.Summary).Count())];

    private async Task OnForgetMeAnswerAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step, string text, InterviewCommand command)
    {
        var yes = command == InterviewCommand.ForgetMe || AnswerRecognizer.RecognizeConfirm(text) == true;
        if (!yes && AnswerRecognizer.RecognizeConfirm(text) is null)
        {
            await AskForgetMeAsync(turn, "Sorry, yes or no: shall I delete everything you've told me?");
            return;
        }

        if (!yes)
        {
            turn.State.Pending = PendingQuestion.None;
            await SayAsync(turn, "OK, I'll keep your answers. Let's carry on.");
            await AskStepAsync(turn, flow, step, playback: false);
            return;
        }

        await ForgetAsync(turn);
    }

    private async Task ForgetAsync(InterviewTurn turn)
    {
        var deleted = 0;
        if (turn.UserId is { } userId)
        {
            deleted = await _responses.DeleteByUserAsync(turn.ChannelId, userId, turn.CancellationToken);
            if (await _pointer.GetOrDefaultAsync(turn.Context, turn.CancellationToken) is { } pointer && pointer.ConversationId != turn.ConversationId)
            {
                await _storage.DeleteAsync([ConversationKey(turn.ChannelId, pointer.ConversationId)], turn.CancellationToken);
            }
        }

        Log.Forgotten(_logger, turn.ConversationId, deleted);
        turn.State.Status = InterviewStatus.Ended;
        turn.DeleteInterview = true;
        turn.DeleteUser = true;
        await SayAsync(turn, deleted > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Done. I've deleted your answers and {deleted} saved {(deleted == 1 ? "interview" : "interviews")}. Thank you, and goodbye.")
            : "Done. I've deleted your answers. Thank you, and goodbye.");
    }

    private async Task OnResumeAnswerAsync(InterviewTurn turn, string text, InterviewCommand command)
    {
        if (command is InterviewCommand.Stop or InterviewCommand.ForgetMe)
        {
            if (command == InterviewCommand.ForgetMe)
            {
                await ForgetAsync(turn);
                return;
            }

            await SayAsync(turn, "OK, goodbye! Your earlier answers are kept in case you want to come back.");
            turn.State.Pending = PendingQuestion.None;
            turn.State.Status = InterviewStatus.Ended;
            return;
        }

        var choice = command == InterviewCommand.Restart
            ? ResumeChoices[1]
            : AnswerRecognizer.MatchChoice([new ScriptChoice(ResumeChoices[0], ["resume", "continue", "carry on", "pick up", "yes"]), new ScriptChoice(ResumeChoices[1], ["restart", "new", "start over", "afresh", "no"])], text)?.Value;
        if (choice is null)
        {
            await AskResumeAsync(turn, "Would you like to resume your unfinished interview, or start again?");
            return;
        }

        var pointer = await _pointer.GetOrDefaultAsync(turn.Context, turn.CancellationToken);
        var previous = pointer is null ? null : await ReadInterviewAsync(ConversationKey(turn.ChannelId, pointer.ConversationId), turn.CancellationToken);
        if (pointer is not null)
        {
            await _storage.DeleteAsync([ConversationKey(turn.ChannelId, pointer.ConversationId)], turn.CancellationToken);
        }

        if (choice == ResumeChoices[0] && previous is { Status: InterviewStatus.InProgress })
        {
            previous.Greeted = true;
            turn.State = previous;
            var script = await _catalog.FindAsync(previous.ScriptId, previous.ScriptHash, _storage, turn.CancellationToken);
            if (script is null)
            {
                await OnVersionGoneAsync(turn, "", InterviewCommand.None);
                return;
            }

            Log.Resumed(_logger, turn.ConversationId, pointer!.ConversationId);
            await SayAsync(turn, "Welcome back! Let's carry on where you left off.");
            var flow = new InterviewFlow(script, previous);
            await AskCurrentAsync(turn, flow, script.FindStep(previous.CurrentStepId ?? "") ?? flow.NextStep(null)!);
            return;
        }

        if (choice == ResumeChoices[0])
        {
            await SayAsync(turn, "Sorry, I couldn't find your earlier answers, so let's start afresh.");
        }

        await StartRunAsync(turn, DefaultScript(), greet: false);
    }

    private async Task OnVersionGoneAsync(InterviewTurn turn, string text, InterviewCommand command)
    {
        var state = turn.State;
        if (state.Pending != PendingQuestion.StartAgain)
        {
            Log.VersionGone(_logger, state.ScriptId, state.ScriptHash, turn.ConversationId);
            state.Pending = PendingQuestion.StartAgain;
            await SayAsync(turn, "Sorry, this interview has changed since you started it, and I can no longer continue the old version.");
            await AskAsync(turn, "start-again", "confirm", "Would you like to start again with the new version?", YesNo, listChoices: false);
            return;
        }

        var yes = command == InterviewCommand.Restart ? true : command == InterviewCommand.Stop ? false : AnswerRecognizer.RecognizeConfirm(text);
        if (yes is null)
        {
            await AskAsync(turn, "start-again", "confirm", "Yes or no: shall we start again with the new version?", YesNo, listChoices: false);
            return;
        }

        if (yes.Value)
        {
            await StartRunAsync(turn, _catalog.Current(state.ScriptId) ?? DefaultScript(), greet: false);
            return;
        }

        await SayAsync(turn, "OK, goodbye, and thank you for your time.");
        state.Status = InterviewStatus.Ended;
        turn.DeleteInterview = true;
    }

    private async Task<InterviewState?> ReadInterviewAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || JsonNode.Parse(item.Json)?[StateProperty] is not { } node)
        {
            return null;
        }

        try
        {
            return node.Deserialize(InterviewJsonContext.Default.InterviewState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ConversationKey(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    private Task AskCurrentAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step) => turn.State.Pending switch
    {
        PendingQuestion.Probe when step.Probe is { } probe => AskAsync(turn, step.Id + ":probe", "text", probe.Prompt, null, listChoices: false),
        PendingQuestion.FixStep => AskFixAsync(turn, flow, "Which part should I change?"),
        PendingQuestion.ForgetMe => AskForgetMeAsync(turn),
        _ => AskStepAsync(turn, flow, step, playback: false),
    };

    private async Task AskStepAsync(InterviewTurn turn, InterviewFlow flow, ScriptStep step, string? text = null, bool playback = true)
    {
        var state = turn.State;
        state.CurrentStepId = step.Id;
        state.Pending = PendingQuestion.None;
        if (step.Action == StepAction.Summary && playback)
        {
            var summary = _analyst.Summarise(flow.AnswersOf(state.ExperienceIndex));
            var heading = state.ExperienceIndex == 0 ? "Here's what I heard:" : "Here's what I heard about this experience:";
            await SendAsync(turn, InterviewMessages.Statement(heading + "\n\n" + summary.Text, new JsonObject { ["surveyAnalysis"] = summary.Analysis.DeepClone() }), null);
        }

        var question = text ?? step.Prompt;
        if (step.Id != "consent")
        {
            var (position, total) = flow.Progress(step);
            question += string.Create(CultureInfo.InvariantCulture, $" ({position} of {total})");
        }

        var buttons = step.Kind switch
        {
            StepKind.Choice or StepKind.MultiChoice => step.Choices.Select(c => c.Value).ToList(),
            StepKind.Confirm => [.. YesNo],
            _ => null,
        };
        await AskAsync(turn, step.Id, KindName(step.Kind), question, buttons, listChoices: step.Kind is StepKind.Choice or StepKind.MultiChoice);
    }

    private Task AskFixAsync(InterviewTurn turn, InterviewFlow flow, string text) =>
        AskAsync(turn, "fix-step", "choice", text, [.. FixableSteps(flow).Select(s => s.Label ?? s.Id)], listChoices: true);

    private Task AskForgetMeAsync(InterviewTurn turn, string? text = null) =>
        AskAsync(turn, "forget-me", "confirm", text ?? "Shall I delete everything you've told me, including any finished interviews? This can't be undone.", YesNo, listChoices: false);

    private Task AskResumeAsync(InterviewTurn turn, string text) =>
        AskAsync(turn, "resume", "choice", text, ResumeChoices, listChoices: true);

    private Task AskAsync(InterviewTurn turn, string stepId, string kind, string text, IReadOnlyList<string>? buttons, bool listChoices) =>
        SendAsync(turn, InterviewMessages.Question(stepId, kind, text, buttons, listChoices), stepId);

    private Task SayAsync(InterviewTurn turn, string text) => SendAsync(turn, InterviewMessages.Statement(text), null);

    private async Task SendAsync(InterviewTurn turn, Activity activity, string? stepId)
    {
        Record(turn.State, "bot", activity.Text ?? "", stepId);
        await turn.Context.SendActivityAsync(activity, turn.CancellationToken);
    }

    private void Record(InterviewState state, string sender, string text, string? stepId) =>
        state.Transcript.Add(new TranscriptEntry(_time.GetUtcNow(), sender, text, stepId));

    private static string? CurrentQuestionId(InterviewState state) => state.Pending switch
    {
        PendingQuestion.Probe => state.CurrentStepId + ":probe",
        PendingQuestion.FixStep => "fix-step",
        PendingQuestion.ForgetMe => "forget-me",
        PendingQuestion.Resume => "resume",
        PendingQuestion.StartAgain => "start-again",
        _ => state.CurrentStepId,
    };

    private static string HistoryEntry(int experience, string stepId) => string.Create(CultureInfo.InvariantCulture, $"{experience}:{stepId}");

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string KindName(StepKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    private static string DefaultRetry(ScriptStep step) => step.Kind switch
    {
        StepKind.Choice => "Sorry, I didn't catch that. Please pick one of the options, or say it in your own words.",
        StepKind.MultiChoice => "Sorry, I didn't catch that. Please pick one or more of the options, separated by commas.",
        StepKind.Confirm => "Sorry, was that a yes or a no?",
        StepKind.Number => "Sorry, I need a number for this one.",
        StepKind.Date => "Sorry, I didn't get the date. Try something like \"last Friday\" or \"3 March\".",
        _ => "Sorry, could you say that again?",
    };

    private static string DefaultHelp(ScriptStep step) => step.Kind switch
    {
        StepKind.Choice => "Pick the option that fits best.",
        StepKind.MultiChoice => "Pick every option that fits, separated by commas.",
        StepKind.Confirm => "A yes or a no is all I need.",
        StepKind.Number => "A number is all I need.",
        StepKind.Date => "A date, in any form you like.",
        _ => "Answer in your own words; a sentence or two is plenty.",
    } + (step.Optional ? " Type skip to pass." : "");

    private static partial class Log
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
}
