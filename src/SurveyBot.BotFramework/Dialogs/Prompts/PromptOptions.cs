using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how; persisted with the prompt, so keep it plain data. A prompt keeps the
/// object it is given until it ends, so do not change it (or its activities and channel data) after asking.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Sent when an answer is not understood; <see cref="Prompt"/> is sent again when absent.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The choices of a choice prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How the choices are shown.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Limits the answer must respect (a number's range, how many choices).</summary>
    public PromptValidations? Validations { get; init; }

    /// <summary>
    /// After this many answers that are not accepted the prompt gives up and ends with a
    /// <see cref="PromptFailure"/>; null asks until answered.
    /// </summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Channel data added to every prompt activity that has none of its own (a survey step's description).</summary>
    public JsonObject? ChannelData { get; init; }

    /// <summary>The language the answer is recognised in; the activity's locale, then English, when absent.</summary>
    public string? RecognizeLanguage { get; init; }

    /// <summary>Options that ask <paramref name="text"/>.</summary>
    public static PromptOptions Ask(string text, string? retryText = null) => new()
    {
        Prompt = Activity.CreateMessage(text),
        RetryPrompt = retryText is null ? null : Activity.CreateMessage(retryText),
    };

    /// <summary>The options a prompt on the dialog stack is asking with; null when the instance is not a prompt's.</summary>
    public static PromptOptions? Of(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return PromptState.Options(instance.State);
    }
}
