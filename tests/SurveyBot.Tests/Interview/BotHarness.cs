using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;
using SurveyBot.Insights;
using SurveyBot.Interview;
using SurveyBot.Scripts;

namespace SurveyBot.Tests.Interview;

/// <summary>
/// A bot over shared storage, talked to through conversations that read like transcripts:
/// <c>await talk.Send("yes").Asks("organisation")</c>. A new harness over the same storage is a restarted bot.
/// </summary>
internal sealed class BotHarness
{
    private static readonly Lazy<IInterviewAnalyst> Analyst = new(() => new InsightsInterviewAnalyst(new ExperienceAnalyzer()));

    public BotHarness(
        ScriptCatalog? catalog = null,
        KeyTrackingStorage? storage = null,
        InMemoryResponseStore? responses = null,
        string defaultScript = "experience-interview",
        IInterviewAnalyst? analyst = null)
    {
        Catalog = catalog ?? ShippedCatalog.Value;
        Storage = storage ?? new KeyTrackingStorage();
        Responses = responses ?? new InMemoryResponseStore();
        Bot = new SurveyBotBot(
            Catalog,
            analyst ?? Analyst.Value,
            Responses,
            Storage,
            new ConversationState(Storage),
            new UserState(Storage),
            new InterviewOptions { DefaultScript = defaultScript },
            TimeProvider.System,
            NullLogger<SurveyBotBot>.Instance);
    }

    public static Lazy<ScriptCatalog> ShippedCatalog { get; } = new(() => ScriptCatalog.Load(ScriptDirectory.Resolve("dialogs", null)));

    public ScriptCatalog Catalog { get; }

    public KeyTrackingStorage Storage { get; }

    public InMemoryResponseStore Responses { get; }

    public SurveyBotBot Bot { get; }

    public Talk Conversation(string conversationId = "conversation-1", string userId = "user-1")
    {
        var logger = new FailureLogger();
        return new(this, new TestAdapter(conversationId, userId, logger: logger), logger);
    }

    public BotHarness Restarted(ScriptCatalog? catalog = null) => new(catalog ?? Catalog, Storage, Responses);

    internal sealed class Talk(BotHarness harness, TestAdapter adapter, FailureLogger logger)
    {
        public TestAdapter Adapter => adapter;

        public Task<Turn> Join() => RunAsync(adapter.MakeConversationStart());

        public Task<Turn> Send(string text) => RunAsync(adapter.MakeMessage(text));

        private async Task<Turn> RunAsync(Activity activity)
        {
            var result = await adapter.ProcessActivityAsync(activity, harness.Bot);
            return new Turn(activity.Text, result.Replies, [.. logger.Failures]);
        }
    }

    internal sealed record Turn(string? Said, IReadOnlyList<Activity> Replies, IReadOnlyList<Exception> Failures)
    {
        public Activity? Question => Replies.LastOrDefault(r => r.InputHint == InputHints.ExpectingInput);

        public string? StepId => Question?.ChannelData?["surveyStep"]?["id"]?.GetValue<string>();

        public string Text => string.Join("\n", Replies.Select(r => r.Text));

        public JsonObject? Analysis => Replies.Select(r => r.ChannelData?["surveyAnalysis"]).OfType<JsonObject>().LastOrDefault();

        public override string ToString() =>
            $"user: {Said}\n" + string.Join("\n", Replies.Select(r => "bot: " + r.Text + (r.ChannelData is null ? "" : "  " + r.ChannelData.ToJsonString())))
            + string.Concat(Failures.Select(f => "\nfailure: " + f));
    }

    internal sealed class FailureLogger : ILogger
    {
        private readonly List<Exception> _failures = [];

        public IReadOnlyList<Exception> Failures => _failures;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                _failures.Add(exception);
            }
        }
    }
}
