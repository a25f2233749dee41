using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Adapter;

public sealed class BotAdapterTests
{
    private readonly CapturingLogger _logger = new();

    [Fact]
    public async Task Middleware_runs_in_the_order_added_around_the_bot()
    {
        var calls = new List<string>();
        var adapter = new TestAdapter(logger: _logger);
        adapter.Use(new RecordingMiddleware("first", calls)).Use(new RecordingMiddleware("second", calls));

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), new DelegateBot((_, _) =>
        {
            calls.Add("bot");
            return Task.CompletedTask;
        }));

        Assert.Equal(["first in", "second in", "bot", "second out", "first out"], calls);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_ends_the_turn_before_the_bot()
    {
        var adapter = new TestAdapter(logger: _logger);
        adapter.Use(new StopMiddleware());
        var botRan = false;

        var result = await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), new DelegateBot((_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        }));

        Assert.False(botRan);
        Assert.Equal("stopped", Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task A_second_turn_of_a_conversation_waits_for_the_first_while_other_conversations_go_on()
    {
        var adapter = new TestAdapter(logger: _logger);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<string>();
        var bot = RecordingOrder(order, held: "slow", firstStarted, release.Task);
        var other = adapter.MakeMessage("other conversation");
        other.Conversation = new ConversationAccount("another-conversation");

        var slow = adapter.ProcessActivityAsync(adapter.MakeMessage("slow"), bot);
        await firstStarted.Task;
        var queued = adapter.ProcessActivityAsync(adapter.MakeMessage("queued"), bot);
        await adapter.ProcessActivityAsync(other, bot);

        Assert.False(queued.IsCompleted);
        Assert.Equal(["start slow", "start other conversation", "end other conversation"], order);
        release.SetResult();
        await Task.WhenAll(slow, queued);
        Assert.Equal(["start slow", "start other conversation", "end other conversation", "end slow", "start queued", "end queued"], order);
    }

    [Fact]
    public async Task Turns_beyond_the_limit_wait_in_arrival_order_until_a_running_turn_ends()
    {
        var adapter = new TestAdapter(logger: _logger, options: new BotAdapterOptions { MaxConcurrentTurns = 1 });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<string>();
        var bot = RecordingOrder(order, held: "first", firstStarted, release.Task);

        var first = adapter.ProcessActivityAsync(MessageIn(adapter, "c1", "first"), bot);
        await firstStarted.Task;
        var second = adapter.ProcessActivityAsync(MessageIn(adapter, "c2", "second"), bot);
        var third = adapter.ProcessActivityAsync(MessageIn(adapter, "c3", "third"), bot);
        await Task.Delay(100); // long enough for a turn let in too early to have started

        Assert.Equal(["start first"], order);
        release.SetResult();
        await Task.WhenAll(first, second, third);
        Assert.Equal(["start first", "end first", "start second", "end second", "start third", "end third"], order);
    }

    [Fact]
    public async Task A_turn_saving_its_state_lets_the_next_turn_in_while_it_waits_for_storage()
    {
        var storage = new HeldStorage();
        var state = new ConversationState(storage);
        var answer = state.CreateProperty("answer", TestJson.Default.String);
        var adapter = new TestAdapter(logger: _logger, options: new BotAdapterOptions { MaxConcurrentTurns = 1 });
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (context, ct) =>
        {
            if (context.Activity.Text == "second")
            {
                secondStarted.SetResult();
                return;
            }

            await answer.SetAsync(context, "first", ct);
            await state.SaveChangesAsync(context, cancellationToken: ct);
        });

        var first = adapter.ProcessActivityAsync(MessageIn(adapter, "c1", "first"), bot);
        await storage.WriteStarted.Task;
        var second = adapter.ProcessActivityAsync(MessageIn(adapter, "c2", "second"), bot);

        await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        storage.Release.SetResult();
        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task A_turn_that_leaves_admission_before_waiting_lets_the_next_turn_in()
    {
        var adapter = new TestAdapter(logger: _logger, options: new BotAdapterOptions { MaxConcurrentTurns = 1 });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (context, _) =>
        {
            if (context.Activity.Text == "second")
            {
                secondStarted.SetResult();
                return;
            }

            context.LeaveAdmission();
            firstWaiting.SetResult();
            await release.Task;
        });

        var first = adapter.ProcessActivityAsync(MessageIn(adapter, "c1", "first"), bot);
        await firstWaiting.Task;
        var second = adapter.ProcessActivityAsync(MessageIn(adapter, "c2", "second"), bot);

        await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task A_redelivered_activity_is_processed_once()
    {
        var adapter = new TestAdapter(logger: _logger);
        var turns = 0;
        var bot = new DelegateBot((context, ct) =>
        {
            turns++;
            return context.SendActivityAsync("got it", cancellationToken: ct);
        });
        var activity = adapter.MakeMessage("answer");

        var first = await adapter.ProcessActivityAsync(activity, bot);
        var again = await adapter.ProcessActivityAsync(activity, bot);

        Assert.Equal(1, turns);
        Assert.False(first.WasDuplicate);
        Assert.True(again.WasDuplicate);
        Assert.Empty(again.Replies);
        Assert.Single(adapter.Delivered);
    }

    [Fact]
    public async Task Replies_the_channel_refused_go_out_when_it_delivers_the_activity_again_without_a_second_turn()
    {
        var adapter = new FlakyChannelAdapter(failures: 1);
        var turns = 0;
        var bot = new DelegateBot(async (context, ct) =>
        {
            turns++;
            await context.SendActivityAsync("got it", cancellationToken: ct);
            await context.SendActivityAsync("next question", cancellationToken: ct);
        });
        var activity = new TestAdapter().MakeMessage("answer");

        await Assert.ThrowsAsync<HttpRequestException>(() => adapter.ProcessActivityAsync(activity, bot));
        var retried = await adapter.ProcessActivityAsync(activity, bot);
        var again = await adapter.ProcessActivityAsync(activity, bot);

        Assert.Equal(1, turns);
        Assert.True(retried.WasDuplicate);
        Assert.Equal(["got it", "next question"], adapter.Delivered.Select(a => a.Text));
        Assert.Empty(again.Replies);
        Assert.Equal(2, adapter.Delivered.Count);
    }

    [Fact]
    public async Task A_cancelled_turn_runs_when_the_channel_delivers_the_activity_again()
    {
        var adapter = new TestAdapter(logger: _logger);
        var activity = adapter.MakeMessage("answer");
        using var cancel = new CancellationTokenSource();
        var cancelled = new DelegateBot(async (_, ct) =>
        {
            await cancel.CancelAsync();
            ct.ThrowIfCancellationRequested();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.ProcessActivityAsync(activity, cancelled, cancel.Token));

        var result = await adapter.ProcessActivityAsync(activity, new DelegateBot((c, ct) => c.SendActivityAsync("done", cancellationToken: ct)));

        Assert.False(result.WasDuplicate);
        Assert.Equal("done", Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task A_failing_turn_tells_the_user_politely_logs_the_error_and_the_next_turn_works()
    {
        var adapter = new TestAdapter(logger: _logger);
        var bot = new DelegateBot((context, ct) => context.Activity.Text == "boom"
            ? throw new InvalidOperationException("broken step")
            : context.SendActivityAsync("fine", cancellationToken: ct));

        var failed = await adapter.ProcessActivityAsync(adapter.MakeMessage("boom"), bot);
        var next = await adapter.ProcessActivityAsync(adapter.MakeMessage("hello"), bot);

        var apology = Assert.Single(failed.Replies);
        Assert.Equal(new BotAdapterOptions().ErrorMessage, apology.Text);
        Assert.DoesNotContain("broken step", apology.Text, StringComparison.Ordinal);
        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Contains("test-conversation", error.Message, StringComparison.Ordinal);
        Assert.Equal("fine", Assert.Single(next.Replies).Text);
    }

    [Fact]
    public async Task A_state_conflict_runs_the_turn_again_and_only_the_last_attempts_replies_are_delivered()
    {
        var adapter = new TestAdapter(logger: _logger);
        var attempts = 0;
        var bot = new DelegateBot(async (context, ct) =>
        {
            attempts++;
            await context.SendActivityAsync("attempt " + attempts, cancellationToken: ct);
            if (attempts < 3)
            {
                throw StorageConcurrencyException.ForKey("test/conversations/test-conversation", "1");
            }
        });

        var result = await adapter.ProcessActivityAsync(adapter.MakeMessage("answer"), bot);

        Assert.Equal(3, attempts);
        Assert.Equal("attempt 3", Assert.Single(result.Replies).Text);
        Assert.Equal("attempt 3", Assert.Single(adapter.Delivered).Text);
        Assert.Equal(2, _logger.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task A_conflict_that_persists_is_reported_to_the_user_after_the_retries()
    {
        var adapter = new TestAdapter(logger: _logger, options: new BotAdapterOptions { MaxConcurrencyRetries = 2 });
        var attempts = 0;
        var bot = new DelegateBot((_, _) =>
        {
            attempts++;
            throw StorageConcurrencyException.ForKey("k", "1");
        });

        var result = await adapter.ProcessActivityAsync(adapter.MakeMessage("answer"), bot);

        Assert.Equal(3, attempts);
        var reply = Assert.Single(result.Replies);
        Assert.Equal(new BotAdapterOptions().ConflictMessage, reply.Text);
        Assert.Equal("test-conversation", reply.Conversation!.Id);
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Replies_to_an_expect_replies_activity_are_returned_and_not_delivered()
    {
        var adapter = new TestAdapter(logger: _logger);
        var activity = adapter.MakeMessage("hi");
        activity.DeliveryMode = "expectReplies";

        var result = await adapter.ProcessActivityAsync(activity, new DelegateBot(async (context, ct) =>
        {
            await context.SendActivityAsync("one", cancellationToken: ct);
            await context.SendActivityAsync("two", cancellationToken: ct);
        }));

        Assert.Equal(["one", "two"], result.Replies.Select(r => r.Text));
        Assert.Empty(adapter.Delivered);
    }

    [Fact]
    public async Task Typing_is_delivered_at_once_while_messages_wait_for_the_end_of_the_turn()
    {
        var adapter = new TestAdapter(logger: _logger);
        IReadOnlyList<Activity>? deliveredDuringTurn = null;

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), new DelegateBot(async (context, ct) =>
        {
            await context.SendActivityAsync(Activity.CreateTyping(), ct);
            await context.SendActivityAsync("answer", cancellationToken: ct);
            deliveredDuringTurn = adapter.Delivered;
        }));

        Assert.Equal(ActivityTypes.Typing, Assert.Single(deliveredDuringTurn!).Type);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], adapter.Delivered.Select(a => a.Type));
        Assert.Equal("user1", adapter.Delivered[0].Recipient!.Id);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_rejected_with_a_clear_message()
    {
        var adapter = new TestAdapter(logger: _logger);
        var activity = adapter.MakeMessage("hi");
        activity.Conversation = null;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => adapter.ProcessActivityAsync(activity, new DelegateBot((_, _) => Task.CompletedTask)));

        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    private sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
    }

    private sealed class RecordingMiddleware(string name, List<string> calls) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            calls.Add(name + " in");
            await next(cancellationToken);
            calls.Add(name + " out");
        }
    }

    private sealed class StopMiddleware : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken) =>
            await turnContext.SendActivityAsync("stopped", cancellationToken: cancellationToken);
    }

    // A bot that writes down when each turn starts and ends, and holds the turn whose text is `held` until `release`.
    private static DelegateBot RecordingOrder(List<string> order, string held, TaskCompletionSource heldStarted, Task release) =>
        new(async (context, _) =>
        {
            lock (order)
            {
                order.Add("start " + context.Activity.Text);
            }

            if (context.Activity.Text == held)
            {
                heldStarted.SetResult();
                await release;
            }

            lock (order)
            {
                order.Add("end " + context.Activity.Text);
            }
        });

    private static Activity MessageIn(TestAdapter adapter, string conversationId, string text)
    {
        var message = adapter.MakeMessage(text);
        message.Conversation = new ConversationAccount(conversationId);
        return message;
    }

    /// <summary>Memory storage whose writes wait until <see cref="Release"/> is completed.</summary>
    private sealed class HeldStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            WriteStarted.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return await _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            _inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>A channel that refuses the first <c>failures</c> deliveries, as an unreachable service would.</summary>
    private sealed class FlakyChannelAdapter(int failures) : BotAdapter(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
    {
        private int _failures = failures;

        public List<Activity> Delivered { get; } = [];

        protected override Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            if (_failures-- > 0)
            {
                throw new HttpRequestException("The channel is unreachable.");
            }

            Delivered.AddRange(activities);
            return Task.CompletedTask;
        }
    }
}
