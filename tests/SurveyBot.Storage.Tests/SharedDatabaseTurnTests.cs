using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.Storage.Tests;

/// <summary>
/// Turns running against one database: through two adapters, as two bot instances behind a load
/// balancer would, and through one adapter under a burst of messages.
/// </summary>
public abstract class SharedDatabaseTurnTests : IAsyncLifetime
{
    private const string Conversation = "shared-conversation";
    private readonly List<IStorage> _opened = [];

    /// <summary>Opens a store on the test's database; each call is a separate instance, as another process would have.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            if (storage is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (storage is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    [Fact]
    public async Task Two_instances_answering_in_one_conversation_at_once_keep_both_answers()
    {
        var (first, second) = await TwoInstancesAsync();
        await first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("before"), new AnswerBot(first.State));

        var (results, attempts) = await AnswerAtOnceAsync(first, second);

        Assert.Equal(3, attempts);
        Assert.Equal(["Noted answer 2", "Noted answer 3"], results.Select(r => Assert.Single(r.Replies).Text).Order(StringComparer.Ordinal));
        var answers = await ReadAnswersAsync(first.Storage);
        Assert.Equal("before", answers[0]);
        Assert.Equal(["from A", "from B"], answers.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_instances_starting_one_conversation_at_once_keep_both_answers()
    {
        var (first, second) = await TwoInstancesAsync();

        var (results, attempts) = await AnswerAtOnceAsync(first, second);

        Assert.Equal(3, attempts);
        Assert.Equal(["Noted answer 1", "Noted answer 2"], results.Select(r => Assert.Single(r.Replies).Text).Order(StringComparer.Ordinal));
        Assert.Equal(["from A", "from B"], (await ReadAnswersAsync(first.Storage)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_instance_that_keeps_losing_the_race_tells_the_user_instead_of_dropping_the_answer_silently()
    {
        var (first, second) = await TwoInstancesAsync();
        await first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("before"), new AnswerBot(first.State));

        // Every time the loser has read the state, the other instance saves an answer first.
        var interloper = 0;
        var loser = new AnswerBot(second.State, async () =>
        {
            var text = "interloper " + Interlocked.Increment(ref interloper);
            await first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage(text), new AnswerBot(first.State));
        });

        var result = await second.Adapter.ProcessActivityAsync(second.Adapter.MakeMessage("unlucky"), loser);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(new BotAdapterOptions().ConflictMessage, reply.Text);
        Assert.Equal(["before", "interloper 1", "interloper 2", "interloper 3", "interloper 4"], await ReadAnswersAsync(first.Storage));
    }

    [Fact]
    public async Task Fifty_concurrent_messages_in_one_conversation_run_one_at_a_time_and_all_count()
    {
        var storage = await OpenAsync();
        var state = new ConversationState(storage);
        var adapter = new TestAdapter(Conversation);
        var inTurn = 0;
        var maxInTurn = 0;
        var bot = new AnswerBot(state, async () =>
        {
            var now = Interlocked.Increment(ref inTurn);
            InterlockedMax(ref maxInTurn, now);
            await Task.Delay(1);
            Interlocked.Decrement(ref inTurn);
        });

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            Task.Run(() => adapter.ProcessActivityAsync(adapter.MakeMessage("answer " + i), bot))));

        Assert.Equal(1, maxInTurn);
        Assert.Equal(50, bot.Attempts);
        Assert.Equal(Enumerable.Range(1, 50).Select(n => "Noted answer " + n), results.Select(r => Assert.Single(r.Replies).Text).Order(new NumericSuffixComparer()));
        Assert.Equal(50, (await ReadAnswersAsync(storage)).Count);
    }

    private async Task<IStorage> OpenAsync()
    {
        var storage = await CreateStorageAsync();
        _opened.Add(storage);
        return storage;
    }

    // Both instances read the conversation before either saves, so one of them must run its turn again.
    private static async Task<(TurnResult[] Results, int Attempts)> AnswerAtOnceAsync(Instance first, Instance second)
    {
        var rendezvous = new Rendezvous(2);
        var botA = new AnswerBot(first.State, rendezvous.ArriveAsync);
        var botB = new AnswerBot(second.State, rendezvous.ArriveAsync);
        var results = await Task.WhenAll(
            first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("from A"), botA),
            second.Adapter.ProcessActivityAsync(second.Adapter.MakeMessage("from B"), botB));
        return (results, botA.Attempts + botB.Attempts);
    }

    private async Task<(Instance First, Instance Second)> TwoInstancesAsync()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        return (new Instance(first), new Instance(second));
    }

    private static async Task<List<string>> ReadAnswersAsync(IStorage storage)
    {
        var document = (await storage.ReadAsync(["test/conversations/" + Conversation]))["test/conversations/" + Conversation];
        var node = System.Text.Json.Nodes.JsonNode.Parse(document.Json)!["answers"]!;
        return [.. node.AsArray().Select(a => (string)a!)];
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    /// <summary>One bot instance: its own storage object and adapter, sharing only the database.</summary>
    private sealed class Instance(IStorage storage)
    {
        public IStorage Storage { get; } = storage;

        public ConversationState State { get; } = new(storage);

        public TestAdapter Adapter { get; } = new(Conversation);

    }

    /// <summary>Appends the message to the conversation's answers, pausing between reading and saving the state.</summary>
    private sealed class AnswerBot(ConversationState state, Func<Task>? pause = null) : IBot
    {
        private readonly IStatePropertyAccessor<List<string>> _answers = state.CreateProperty("answers", TestJson.Default.ListString);
        private int _attempts;

        public int Attempts => _attempts;

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            var answers = await _answers.GetAsync(turnContext, () => [], cancellationToken);
            if (pause is not null)
            {
                await pause();
            }

            answers.Add(turnContext.Activity.Text!);
            await turnContext.SendActivityAsync("Noted answer " + answers.Count, cancellationToken: cancellationToken);
            await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The first <c>parties</c> callers wait for each other; later callers pass straight through.</summary>
    private sealed class Rendezvous(int parties)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public Task ArriveAsync()
        {
            var arrived = Interlocked.Increment(ref _arrived);
            if (arrived == parties)
            {
                _all.SetResult();
            }

            // The bound only keeps a broken test from hanging; no assertion depends on it.
            return arrived <= parties ? _all.Task.WaitAsync(TimeSpan.FromSeconds(30)) : Task.CompletedTask;
        }
    }

    private sealed class NumericSuffixComparer : IComparer<string?>
    {
        public int Compare(string? x, string? y) => Suffix(x).CompareTo(Suffix(y));

        private static int Suffix(string? text) => int.Parse(text.AsSpan(text!.LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture);
    }
}
