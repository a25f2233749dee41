using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>The conversations the embedded Direct Line holds in memory, with idle ones evicted.</summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    /// <summary>Creates the registry.</summary>
    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>Creates a conversation for <paramref name="userId"/>; null when the registry is full even after evicting idle ones.</summary>
    public DirectLineConversation? Create(string userId)
    {
        if (_conversations.Count >= _options.MaxConversations && EvictIdle() == 0)
        {
            return null;
        }

        var conversation = new DirectLineConversation(NewId(), userId, _time);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>Finds a conversation and records that it was used.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DirectLineConversation? conversation)
    {
        if (_conversations.TryGetValue(id, out conversation))
        {
            conversation.Touch();
            return true;
        }

        return false;
    }

    /// <summary>Finds a conversation without counting it as used (for the bot's own replies).</summary>
    public DirectLineConversation? Find(string id) => _conversations.GetValueOrDefault(id);

    /// <summary>Drops the conversations nobody used for longer than the idle time; returns how many.</summary>
    public int EvictIdle()
    {
        var cutoff = _time.GetUtcNow() - TimeSpan.FromMinutes(_options.IdleConversationMinutes);
        var evicted = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < cutoff && _conversations.TryRemove(id, out _))
            {
                conversation.Close();
                evicted++;
            }
        }

        return evicted;
    }

    // Unguessable: the id alone never opens a conversation, but it should not hint at others either.
    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
