using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SurveyBot.Benchmarks.BotFramework;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.Storage;

namespace SurveyBot.Benchmarks.Interview;

/// <summary>
/// The shipped interview (<c>dialogs/experience-interview.yaml</c>, registered as the host does)
/// answered in-process with the HTTP load test's 20 answers, one new conversation per invocation:
/// what the bot itself costs and allocates per turn, without HTTP. Figures are per turn.
/// </summary>
[MemoryDiagnoser]
public class InterviewBenchmark
{
    private readonly NullChannelAdapter _adapter = new();
    private string _folder = null!;
    private ServiceProvider _services = null!;
    private IBot _bot = null!;
    private string[] _answers = null!;
    private int _conversation;

    /// <summary>The state store, as <c>SurveyBot:Storage:Provider</c> names it.</summary>
    [Params("Memory", "Sqlite")]
    public string Provider { get; set; } = "Memory";

    /// <summary>How many turns one invocation runs.</summary>
    public const int Turns = 20;

    [GlobalSetup]
    public void Setup()
    {
        // The load test's answers travel with the build; the scripts are found above it, as the host finds them.
        _answers = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "load", "interview-answers.json")))!;
        if (_answers.Length != Turns)
        {
            throw new InvalidOperationException($"The load test's answers hold {_answers.Length} turns, not {Turns}.");
        }

        _folder = Directory.CreateTempSubdirectory("surveybot-interview-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SurveyBot:Storage:Provider"] = Provider,
            ["SurveyBot:Storage:SqlitePath"] = Path.Combine(_folder, "surveybot.db"),
        }).Build();
        _services = new ServiceCollection().AddSurveyStorage(configuration).AddSurveyBot(configuration).BuildServiceProvider();
        _bot = _services.GetRequiredService<IBot>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Turns)]
    public async Task<int> Turn()
    {
        var conversation = ++_conversation;
        var replies = 0;
        for (var turn = 0; turn < Turns; turn++)
        {
            var result = await _adapter.ProcessActivityAsync(Message(conversation, turn, _answers[turn]), _bot);
            replies += result.Replies.Count;
        }

        // Every turn of the interview answers; a turn without a reply means the script went astray.
        return replies >= Turns ? replies : throw new InvalidOperationException($"Conversation {conversation} got {replies} replies in {Turns} turns.");
    }

    private static Activity Message(int conversation, int turn, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"c{conversation}-{turn}",
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:3979",
        From = new ChannelAccount { Id = $"user-{conversation}", Name = "User", Role = "user" },
        Recipient = new ChannelAccount { Id = "survey-bot", Name = "Bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = $"conversation-{conversation}" },
        Locale = "en-US",
        Text = text,
    };
}
