using BenchmarkDotNet.Attributes;
using SurveyBot.Benchmarks.Storage;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>
/// The same 8-turn survey as <see cref="ConversationBenchmark"/>, one turn per iteration, so that the
/// percentiles are those of single turns: the latency a person waits for, storage included.
/// </summary>
[Config(typeof(StateRoundTripBenchmarks.PerTurnConfig))]
public class TurnLatencyBenchmark
{
    private readonly ChannelAccount _bot = new("bot", "SurveyBot", "bot");
    private NullChannelAdapter _adapter = null!;
    private SurveyBenchmarkBot _surveyBot = null!;
    private int _turns;

    [ParamsSource(nameof(Storages))]
    public StorageFactory Storage { get; set; } = null!;

    public static IEnumerable<StorageFactory> Storages => ConversationBenchmark.Storages;

    [GlobalSetup]
    public void Setup()
    {
        _adapter = new NullChannelAdapter();
        _surveyBot = new SurveyBenchmarkBot(Storage.Create());
    }

    [Benchmark(Description = "one turn of the 8-turn survey")]
    public async Task Turn()
    {
        var n = _turns++;
        var conversation = n / ConversationBenchmark.Script.Length;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{conversation}-{n}",
            Text = ConversationBenchmark.Script[n % ConversationBenchmark.Script.Length].Text,
            ChannelId = "test",
            ServiceUrl = "https://test.invalid/",
            Locale = "en-US",
            From = new ChannelAccount($"user-{conversation}", "User", "user"),
            Recipient = _bot,
            Conversation = new ConversationAccount($"conv-{conversation}"),
        };
        var result = await _adapter.ProcessActivityAsync(activity, _surveyBot);
        if (result.Replies.Count != 1)
        {
            throw new InvalidOperationException($"Turn {n} got {result.Replies.Count} replies.");
        }
    }
}
