using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to decide on an answer.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
public sealed class PromptValidatorContext<T>
{
    /// <summary>Creates the context (tests may call this to run a validator on its own).</summary>
    public PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognized);
        ArgumentNullException.ThrowIfNull(options);
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt understood.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers were given so far, this one included.</summary>
    public int AttemptCount { get; }

    /// <summary>Set it, and return false, to ask again with this message.</summary>
    public string? RetryMessage { get; set; }
}
