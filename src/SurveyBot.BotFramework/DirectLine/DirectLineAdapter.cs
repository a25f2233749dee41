using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>
/// The adapter behind the embedded Direct Line: a user's activity is logged (so the client sees
/// its own message echoed with a server id), the bot takes its turn, and the replies are logged
/// and pushed to the conversation's WebSocket subscribers. A typing indicator goes out while a
/// turn takes longer than <see cref="DirectLineOptions.TypingDelayMilliseconds"/>.
/// </summary>
public sealed partial class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id on every activity the bot receives through this adapter.</summary>
    public const string ChannelId = "directline";

    // Web Chat hides a typing indicator after 5 seconds; renew it before then.
    private static readonly TimeSpan TypingRenewal = TimeSpan.FromSeconds(3);

    private readonly DirectLineConversations _conversations;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineAdapter> _logger;

    /// <summary>Creates the adapter.</summary>
    public DirectLineAdapter(DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineAdapter> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _conversations = conversations;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The bot's account in every conversation.</summary>
    public ChannelAccount BotAccount => new(_options.BotId, _options.BotName, "bot");

    /// <summary>
    /// Starts a conversation: tells the bot that the bot and the user joined, so it can greet first.
    /// Does nothing when the conversation was already started.
    /// </summary>
    /// <returns>True when this call started it.</returns>
    public async Task<bool> StartConversationAsync(DirectLineConversation conversation, IBot bot, string? serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!conversation.TryStart())
        {
            return false;
        }

        var user = new ChannelAccount(conversation.UserId, role: "user");
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = string.Concat(conversation.Id, "|start"),
            Timestamp = _time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = BotAccount,
            MembersAdded = [BotAccount, user],
        };
        await RunTurnAsync(conversation, update, bot, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Posts a user's activity: addresses it to the bot, logs it (the echo the client waits for),
    /// then runs the bot's turn. Turns of one conversation run one at a time, in arrival order.
    /// </summary>
    /// <returns>The logged activity, with its server id.</returns>
    public async Task<Activity> PostActivityAsync(DirectLineConversation conversation, Activity activity, IBot bot, string? serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = BotAccount;
        activity.From ??= new ChannelAccount(conversation.UserId);
        activity.From.Role = "user";
        conversation.Append(activity);
        await RunTurnAsync(conversation, activity, bot, cancellationToken).ConfigureAwait(false);
        return activity;
    }

    /// <inheritdoc />
    protected override Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = inbound.Conversation?.Id ?? string.Empty;
        var conversation = _conversations.Find(conversationId);
        if (conversation is null)
        {
            Log.ConversationGone(_logger, conversationId, activities.Count);
            return Task.CompletedTask;
        }

        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                conversation.Broadcast(activity);
            }
            else
            {
                conversation.Append(activity);
            }
        }

        return Task.CompletedTask;
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turnDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(conversation, turnDone.Token);
        try
        {
            await ProcessActivityAsync(activity, bot, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await turnDone.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task KeepTypingAsync(DirectLineConversation conversation, CancellationToken turnDone)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_options.TypingDelayMilliseconds), _time, turnDone).ConfigureAwait(false);
            while (!turnDone.IsCancellationRequested)
            {
                conversation.Broadcast(new Activity
                {
                    Type = ActivityTypes.Typing,
                    ChannelId = ChannelId,
                    From = BotAccount,
                    Recipient = new ChannelAccount(conversation.UserId, role: "user"),
                });
                await Task.Delay(TypingRenewal, _time, turnDone).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended: stop typing.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Conversation {ConversationId} was evicted during a turn; {Count} replies dropped")]
        public static partial void ConversationGone(ILogger logger, string conversationId, int count);
    }
}
