using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.Schema;
using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Adapter;

/// <summary>
/// Runs turns: one inbound activity through the middleware and the bot, one turn at a time per
/// conversation and, across conversations, at most <see cref="BotAdapterOptions.MaxConcurrentTurns"/>
/// running their bot code at once, in arrival order; replies delivered after the turn. A
/// redelivered activity is not run again, but gets the replies its first delivery could not hand
/// to the channel. A turn whose state save
/// loses an ETag race is run again on fresh state; a turn that fails tells the user politely and
/// logs the error, and the conversation goes on. Subclasses decide how replies reach the channel.
/// </summary>
public abstract partial class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];
    private readonly ConversationLocks _locks = new();
    private readonly RecentActivityIds _recent;
    private readonly SemaphoreSlim? _turnPlaces;
    private readonly BotAdapterOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the adapter.</summary>
    protected BotAdapter(ILogger logger, BotAdapterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _options = options ?? new BotAdapterOptions();
        _recent = new RecentActivityIds(_options.RecentActivityCapacity);
        _turnPlaces = _options.MaxConcurrentTurns > 0 ? new SemaphoreSlim(_options.MaxConcurrentTurns) : null;
    }

    /// <summary>Adds middleware that runs, in the order added, around the bot on every turn.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Processes one inbound activity with <paramref name="bot"/> and delivers its replies.</summary>
    /// <returns>The replies, in order, as delivered; empty for an ignored redelivery.</returns>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation.id.", nameof(activity));
        var lockKey = string.Concat(activity.ChannelId, "|", conversationId);

        using (await _locks.AcquireAsync(lockKey, cancellationToken).ConfigureAwait(false))
        {
            var dedupeKey = activity.Id is null ? null : string.Concat(lockKey, "|", activity.Id);
            if (dedupeKey is not null && !_recent.TryAdd(dedupeKey))
            {
                // The turn ran and its state was saved; only its replies are owed, so the turn is not run again.
                if (_recent.TakeUndelivered(dedupeKey) is { } owed)
                {
                    Log.RedeliveringReplies(_logger, owed.Count, activity.Id, conversationId);
                    await DeliverAsync(activity, owed, dedupeKey, cancellationToken).ConfigureAwait(false);
                    return new TurnResult(owed, WasDuplicate: true);
                }

                Log.DuplicateIgnored(_logger, activity.Id, conversationId);
                return TurnResult.Duplicate;
            }

            IReadOnlyList<Activity> replies;
            TurnAdmission? admission = null;
            try
            {
                admission = await TurnAdmission.EnterAsync(_turnPlaces, cancellationToken).ConfigureAwait(false);
                replies = await RunTurnAsync(activity, bot, conversationId, admission, cancellationToken).ConfigureAwait(false);
            }
            catch when (dedupeKey is not null)
            {
                // The turn did not complete (it was cancelled), so the channel's redelivery must run it.
                _recent.Remove(dedupeKey);
                throw;
            }
            finally
            {
                admission?.Leave();
            }

            if (replies.Count > 0 && activity.DeliveryMode != "expectReplies")
            {
                await DeliverAsync(activity, replies, dedupeKey, cancellationToken).ConfigureAwait(false);
            }

            return new TurnResult(replies);
        }
    }

    // Replies that fail to go out are kept with the activity's id: the channel's retry of the
    // activity then delivers them (all of them again: some may arrive twice, none is lost).
    private async Task DeliverAsync(Activity activity, IReadOnlyList<Activity> replies, string? dedupeKey, CancellationToken cancellationToken)
    {
        try
        {
            await SendActivitiesAsync(activity, replies, cancellationToken).ConfigureAwait(false);
        }
        catch when (dedupeKey is not null)
        {
            _recent.KeepUndelivered(dedupeKey, replies);
            throw;
        }
    }

    /// <summary>Delivers a turn's replies to the channel.</summary>
    /// <param name="inbound">The activity the replies answer.</param>
    /// <param name="activities">The replies, in order.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    protected abstract Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(
        Activity activity,
        IBot bot,
        string conversationId,
        TurnAdmission? admission,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var context = new TurnContext(activity, (typing, ct) => SendActivitiesAsync(activity, [typing], ct));
            admission?.Attach(context);
            try
            {
                await RunPipelineAsync(context, bot, 0, cancellationToken).ConfigureAwait(false);
                return context.SentActivities;
            }
            catch (StorageConcurrencyException ex) when (attempt < _options.MaxConcurrencyRetries)
            {
                Log.ConcurrencyRetry(_logger, ex, conversationId, attempt + 1);
            }
            catch (StorageConcurrencyException ex)
            {
                Log.ConcurrencyGaveUp(_logger, ex, conversationId, attempt + 1);
                return [activity.CreateReply(_options.ConflictMessage)];
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A bot failure must never kill the conversation: the user is told and the error logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.TurnFailed(_logger, ex, conversationId, activity.Type);
                return [activity.CreateReply(_options.ErrorMessage)];
            }
        }
    }

    private Task RunPipelineAsync(ITurnContext context, IBot bot, int index, CancellationToken cancellationToken) =>
        index == _middleware.Count
            ? bot.OnTurnAsync(context, cancellationToken)
            : _middleware[index].OnTurnAsync(context, ct => RunPipelineAsync(context, bot, index + 1, ct), cancellationToken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Ignored activity {ActivityId} redelivered in conversation {ConversationId}")]
        public static partial void DuplicateIgnored(ILogger logger, string? activityId, string conversationId);

        [LoggerMessage(2, LogLevel.Warning, "State of conversation {ConversationId} changed meanwhile; running the turn again (attempt {Attempt})")]
        public static partial void ConcurrencyRetry(ILogger logger, Exception exception, string conversationId, int attempt);

        [LoggerMessage(3, LogLevel.Error, "State of conversation {ConversationId} kept changing; turn dropped after {Attempts} attempts")]
        public static partial void ConcurrencyGaveUp(ILogger logger, Exception exception, string conversationId, int attempts);

        [LoggerMessage(4, LogLevel.Error, "Turn failed in conversation {ConversationId} on a {ActivityType} activity")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId, string? activityType);

        [LoggerMessage(5, LogLevel.Information, "Delivering again the {Count} replies to activity {ActivityId} redelivered in conversation {ConversationId}")]
        public static partial void RedeliveringReplies(ILogger logger, int count, string? activityId, string conversationId);
    }
}
