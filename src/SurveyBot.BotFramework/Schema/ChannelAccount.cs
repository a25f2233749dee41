namespace SurveyBot.BotFramework.Schema;

/// <summary>A user or bot account on a channel.</summary>
public sealed class ChannelAccount : ExtensibleObject
{
    /// <summary>Creates an empty account (for deserialisation).</summary>
    public ChannelAccount()
    {
    }

    /// <summary>Creates an account with an id and an optional display name.</summary>
    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    /// <summary>The channel's id for the account (for example <c>29:1abc</c> on Teams).</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The Azure AD object id, when the channel knows it.</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }
}
