using System.Text;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using Xunit.Sdk;

namespace SurveyBot.BotFramework.Testing;

/// <summary>
/// A scripted conversation: what the user sends and what the bot must reply, in order, run by
/// <see cref="StartTestAsync"/>. Replies are checked one by one; a failed check reports the
/// whole conversation so far.
/// <code>
/// await new TestFlow(adapter, bot).Send("hi").AssertReply("Which company?").Send("Contoso").AssertReplyStepId("sentiment").StartTestAsync();
/// </code>
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;
    private readonly List<Func<CancellationToken, Task>> _steps = [];
    private readonly Queue<Activity> _replies = new();
    private readonly StringBuilder _transcript = new();

    /// <summary>Creates a flow that sends through <paramref name="adapter"/> to <paramref name="bot"/>.</summary>
    public TestFlow(TestAdapter adapter, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(bot);
        _adapter = adapter;
        _bot = bot;
    }

    /// <summary>The user sends a message.</summary>
    public TestFlow Send(string text) => Send(_adapter.MakeMessage(text));

    /// <summary>The user's channel sends an activity.</summary>
    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _steps.Add(async ct =>
        {
            _transcript.AppendLine(TranscriptLoggingMiddleware.Describe("user", activity));
            var result = await _adapter.ProcessActivityAsync(activity, _bot, ct);
            foreach (var reply in result.Replies)
            {
                _transcript.AppendLine(TranscriptLoggingMiddleware.Describe(" bot", reply));
                _replies.Enqueue(reply);
            }
        });
        return this;
    }

    /// <summary>The channel says the user joined the conversation.</summary>
    public TestFlow SendConversationUpdate() => Send(_adapter.MakeConversationStart());

    /// <summary>The next reply's text is exactly <paramref name="expectedText"/>.</summary>
    public TestFlow AssertReply(string expectedText) =>
        AssertReply(reply => Check(reply.Text == expectedText, $"Expected the reply \"{expectedText}\" but got \"{reply.Text}\"."));

    /// <summary>The next reply passes <paramref name="check"/> (which throws when it does not).</summary>
    public TestFlow AssertReply(Action<Activity> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _steps.Add(_ =>
        {
            if (!_replies.TryDequeue(out var reply))
            {
                throw Fail("Expected a reply but the bot sent nothing more.");
            }

            try
            {
                check(reply);
            }
            catch (XunitException ex)
            {
                throw Fail(ex.Message);
            }

            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(reply => Check(reply.Text?.Contains(fragment, StringComparison.Ordinal) == true, $"Expected a reply containing \"{fragment}\" but got \"{reply.Text}\"."));

    /// <summary>The next reply asks survey step <paramref name="stepId"/> (<c>channelData.surveyStep.id</c>).</summary>
    public TestFlow AssertReplyStepId(string stepId) =>
        AssertReply(reply => Check(reply.SurveyStepId() == stepId, $"Expected a reply asking step \"{stepId}\" but it asks \"{reply.SurveyStepId() ?? "no step"}\" (\"{reply.Text}\")."));

    /// <summary>The next reply offers exactly these suggested actions, in order.</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) =>
        AssertReply(reply => Check(
            reply.SuggestedActionTitles().SequenceEqual(titles),
            $"Expected the buttons [{string.Join(", ", titles)}] but got [{string.Join(", ", reply.SuggestedActionTitles())}]."));

    /// <summary>The bot sent nothing more.</summary>
    public TestFlow AssertNoReply()
    {
        _steps.Add(_ => _replies.TryPeek(out var extra)
            ? throw Fail($"Expected no more replies but got \"{extra.Text}\".")
            : Task.CompletedTask);
        return this;
    }

    /// <summary>The user says <paramref name="userSays"/> and the bot replies exactly <paramref name="expected"/>.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Runs the conversation and its checks, in order.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken);
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new XunitException(message);
        }
    }

    private XunitException Fail(string message) =>
        new($"{message}{Environment.NewLine}Conversation so far:{Environment.NewLine}{_transcript}");
}
