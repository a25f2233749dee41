namespace SurveyBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.InputHint"/>: whether the bot waits for an answer.</summary>
public static class InputHints
{
    /// <summary>The bot is asking a question and waits for the answer.</summary>
    public const string ExpectingInput = "expectingInput";

    /// <summary>The bot is ready for input but does not require it.</summary>
    public const string AcceptingInput = "acceptingInput";

    /// <summary>The bot is not ready for input (for example, more messages follow).</summary>
    public const string IgnoringInput = "ignoringInput";
}
