using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Benchmarks.Storage;

/// <summary>
/// The storage cost of one turn: load the conversation's state, change an answer, save it with its
/// ETag. Each iteration is one turn, so the percentiles are per-turn latencies.
/// </summary>
[Config(typeof(PerTurnConfig))]
public class StateRoundTripBenchmarks
{
    private IStorage _storage = null!;
    private ConversationState _state = null!;
    private IStatePropertyAccessor<Dictionary<string, string>> _answers = null!;
    private Activity _activity = null!;
    private string? _folder;
    private int _turn;

    [Params("Memory", "Sqlite")]
    public string Provider { get; set; } = "Memory";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "Sqlite")
        {
            _folder = Path.Combine(Path.GetTempPath(), "surveybot-bench-" + Guid.NewGuid().ToString("N")[..8]);
            _storage = new SqliteStorage(Path.Combine(_folder, "state.db"));
        }
        else
        {
            _storage = new MemoryStorage();
        }

        _state = new ConversationState(_storage);
        _answers = _state.CreateProperty("answers", BenchmarkJson.Default.DictionaryStringString);
        _activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "m",
            ChannelId = "webchat",
            Conversation = new ConversationAccount("benchmark-conversation"),
            From = new ChannelAccount("user"),
            Text = "It took three weeks and nobody told me why.",
        };

        // A conversation part-way through an interview: a dozen answers of ordinary length.
        TurnAsync(12).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Description = "load + save state")]
    public Task Turn() => TurnAsync(1);

    private async Task TurnAsync(int answers)
    {
        var context = new TurnContext(_activity);
        var state = await _answers.GetAsync(context, () => []);
        for (var i = 0; i < answers; i++)
        {
            state["step" + (_turn++ % 12).ToString(System.Globalization.CultureInfo.InvariantCulture)] = _activity.Text! + " #" + _turn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await _state.SaveChangesAsync(context);
    }

    internal sealed class PerTurnConfig : ManualConfig
    {
        public PerTurnConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(500)
                .WithIterationCount(5000));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
        }
    }
}
