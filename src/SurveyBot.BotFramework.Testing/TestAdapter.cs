using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Testing;

/// <summary>
/// An adapter for tests: builds user activities for one test conversation and collects the
/// bot's replies in memory instead of sending them to a channel.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly List<Activity> _delivered = [];
    private readonly Lock _lock = new();
    private int _nextId;

    /// <summary>Creates the adapter for one conversation.</summary>
    public TestAdapter(string conversationId = "test-conversation", string userId = "user1", string channelId = "test", ILogger? logger = null, BotAdapterOptions? options = null)
        : base(logger ?? NullLogger.Instance, options)
    {
        ConversationId = conversationId;
        UserId = userId;
        ChannelId = channelId;
    }

    /// <summary>The test conversation's id.</summary>
    public string ConversationId { get; }

    /// <summary>The test user's id.</summary>
    public string UserId { get; }

    /// <summary>The channel id on every activity.</summary>
    public string ChannelId { get; }

    /// <summary>Every activity delivered so far, typing indicators included.</summary>
    public IReadOnlyList<Activity> Delivered
    {
        get
        {
            lock (_lock)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>Creates a message from the test user, addressed to the bot in the test conversation.</summary>
    public Activity MakeMessage(string text) => MakeActivity(ActivityTypes.Message, text);

    /// <summary>Creates an activity of any type from the test user.</summary>
    public Activity MakeActivity(string type, string? text = null) => new()
    {
        Type = type,
        Id = "a" + Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = "https://test.invalid/",
        Timestamp = DateTimeOffset.UtcNow,
        Locale = "en-US",
        From = new ChannelAccount(UserId, "User", "user"),
        Recipient = new ChannelAccount("bot", "SurveyBot", "bot"),
        Conversation = new ConversationAccount(ConversationId),
    };

    /// <summary>Creates the conversationUpdate a channel sends when the user and the bot join.</summary>
    public Activity MakeConversationStart()
    {
        var activity = MakeActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount("bot", "SurveyBot", "bot"), new ChannelAccount(UserId, "User", "user")];
        return activity;
    }

    /// <inheritdoc />
    protected override Task SendActivitiesAsync(Activity inbound, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _delivered.AddRange(activities);
        }

        return Task.CompletedTask;
    }
}
