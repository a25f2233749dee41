namespace SurveyBot.BotFramework.Schema;

/// <summary>Values of <see cref="CardAction.Type"/> used by this bot.</summary>
public static class ActionTypes
{
    /// <summary>Sends the action's value as a message from the user, shown in the transcript.</summary>
    public const string ImBack = "imBack";

    /// <summary>Sends the action's value to the bot without showing it in the transcript.</summary>
    public const string PostBack = "postBack";

    /// <summary>Sends the action's value as a message event with custom display text.</summary>
    public const string MessageBack = "messageBack";

    /// <summary>Opens a URL.</summary>
    public const string OpenUrl = "openUrl";
}
