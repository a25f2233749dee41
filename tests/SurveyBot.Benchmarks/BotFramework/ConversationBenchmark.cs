using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>
/// One whole survey conversation (the peer's 8-turn script) through the adapter, dialogs and
/// state per invocation, each on a new conversation and user. Figures are per turn; turns/s on
/// one thread is 1 / mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class ConversationBenchmark
{
    internal static readonly (string Text, string Expected)[] Script =
    [
        ("hi", SurveyBenchmarkBot.CompanyPrompt),
        ("Contoso", SurveyBenchmarkBot.SentimentPrompt),
        ("Positive", SurveyBenchmarkBot.BeforePrompt),
        ("A friend recommended them and I compared prices online.", SurveyBenchmarkBot.PurchasePrompt),
        ("Ordered on the website, paid by card, delivered in two days.", SurveyBenchmarkBot.AfterPrompt),
        ("Support answered my question about the warranty quickly.", SurveyBenchmarkBot.RatingPrompt),
        ("4", SurveyBenchmarkBot.ConfirmPromptText),
        ("yes", "Summary: Contoso (Positive), rated 4/5."),
    ];

    private NullChannelAdapter _adapter = null!;
    private SurveyBenchmarkBot _bot = null!;
    private int _conversation;

    /// <summary>The storages to run on; other stores add themselves here.</summary>
    public static IEnumerable<StorageFactory> Storages =>
    [
        new("memory", () => new MemoryStorage()),
        new("sqlite", () => new SqliteStorage(Path.Combine(Path.GetTempPath(), "surveybot-bench-" + Guid.NewGuid().ToString("N")[..8], "state.db"))),
    ];

    [ParamsSource(nameof(Storages))]
    public StorageFactory Storage { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _adapter = new NullChannelAdapter();
        _bot = new SurveyBenchmarkBot(Storage.Create());

        // Check every reply once, as the peer's harness does, so the figures are for a working bot.
        RunConversation(verify: true).GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = 8, Description = "turn (8-turn survey conversation)")]
    public Task Conversation() => RunConversation(verify: false);

    private async Task RunConversation(bool verify)
    {
        var n = ++_conversation;
        var conversation = new ConversationAccount($"conv-{n}");
        var user = new ChannelAccount($"user-{n}", "User", "user");
        var bot = new ChannelAccount("bot", "SurveyBot", "bot");
        for (var turn = 0; turn < Script.Length; turn++)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = $"{n}-{turn}",
                Text = Script[turn].Text,
                ChannelId = "test",
                ServiceUrl = "https://test.invalid/",
                Locale = "en-US",
                From = user,
                Recipient = bot,
                Conversation = conversation,
            };
            var result = await _adapter.ProcessActivityAsync(activity, _bot);
            if (result.Replies.Count != 1 || (verify && result.Replies[0].Text?.StartsWith(Script[turn].Expected, StringComparison.Ordinal) != true))
            {
                throw new InvalidOperationException($"Turn {turn + 1} expected \"{Script[turn].Expected}\" but got \"{string.Join(" / ", result.Replies.Select(r => r.Text))}\".");
            }
        }
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max, StatisticColumn.OperationsPerSecond);
    }
}
