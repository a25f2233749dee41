namespace SurveyBot.Web.Messages;

/// <summary>Limits of the <c>/api/messages</c> endpoint (configuration section <c>SurveyBot:Messages</c>).</summary>
public sealed class BotMessagesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SurveyBot:Messages";

    /// <summary>
    /// The largest activity accepted, in bytes. Teams caps a message near 100 KB; card submits
    /// and conversation updates are far smaller.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
