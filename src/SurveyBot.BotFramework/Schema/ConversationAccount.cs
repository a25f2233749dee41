namespace SurveyBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount : ExtensibleObject
{
    /// <summary>Creates an empty conversation (for deserialisation).</summary>
    public ConversationAccount()
    {
    }

    /// <summary>Creates a conversation with its id.</summary>
    public ConversationAccount(string id) => Id = id;

    /// <summary>The channel's id for the conversation.</summary>
    public string? Id { get; set; }

    /// <summary>The conversation's display name.</summary>
    public string? Name { get; set; }

    /// <summary>True when more than two participants take part (Teams group chats and channels).</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The tenant the conversation lives in (Teams).</summary>
    public string? TenantId { get; set; }

    /// <summary>The Azure AD object id.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The role of the entity behind the account.</summary>
    public string? Role { get; set; }
}
