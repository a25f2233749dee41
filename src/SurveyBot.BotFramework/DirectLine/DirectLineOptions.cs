using System.ComponentModel.DataAnnotations;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>Settings of the embedded Direct Line channel (configuration section <c>SurveyBot:DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "SurveyBot:DirectLine";

    /// <summary>
    /// The Direct Line secret: the master key that mints tokens and may read any conversation.
    /// When empty a fresh one is generated for each run of the host.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid, in seconds (Direct Line's default is 1800).</summary>
    [Range(30, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a conversation nobody touches is kept in memory, in minutes.</summary>
    [Range(1, 10_080)]
    public int IdleConversationMinutes { get; set; } = 60;

    /// <summary>How many conversations are kept in memory at most; starting one more is refused.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How many activities one conversation keeps; a longer conversation is refused further posts.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2_000;

    /// <summary>The longest message text accepted, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 4_000;

    /// <summary>The largest serialised activity accepted, in bytes.</summary>
    [Range(1_024, 1_048_576)]
    public int MaxActivityBytes { get; set; } = 262_144;

    /// <summary>How many activities one conversation may post per <see cref="RateLimitWindowSeconds"/>.</summary>
    [Range(1, 10_000)]
    public int RateLimitPerWindow { get; set; } = 30;

    /// <summary>The length of the rate-limit window, in seconds.</summary>
    [Range(1, 3_600)]
    public int RateLimitWindowSeconds { get; set; } = 10;

    /// <summary>How long a turn runs before the user sees a typing indicator, in milliseconds.</summary>
    [Range(0, 60_000)]
    public int TypingDelayMilliseconds { get; set; } = 400;

    /// <summary>How often an idle WebSocket gets an empty heartbeat message, in seconds.</summary>
    [Range(1, 3_600)]
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>The bot's account id in conversations.</summary>
    public string BotId { get; set; } = "surveybot";

    /// <summary>The bot's display name in conversations.</summary>
    public string BotName { get; set; } = "SurveyBot";
}
