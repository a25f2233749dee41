namespace SurveyBot.Scripts;

/// <summary>One question of an interview script.</summary>
public sealed record ScriptStep
{
    /// <summary>The step id: the key of its answer, a column in exports.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of answer expected.</summary>
    public required StepKind Kind { get; init; }

    /// <summary>A short name for the step, on the buttons offered when a summary is corrected; defaults to the id.</summary>
    public string? Label { get; init; }

    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>Asked when the answer is not understood; defaults to a generic hint for the kind.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>What the step wants, said on <c>help</c>.</summary>
    public string? Help { get; init; }

    /// <summary>The choices of a choice or multiChoice step.</summary>
    public IReadOnlyList<ScriptChoice> Choices { get; init; } = [];

    /// <summary>The smallest number accepted by a number step.</summary>
    public double? Min { get; init; }

    /// <summary>The largest number accepted by a number step.</summary>
    public double? Max { get; init; }

    /// <summary>True when the respondent may <c>skip</c> the step.</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// True when a second experience does not ask the step again (facts about the respondent);
    /// its answer is shared by every experience.
    /// </summary>
    public bool AskOnce { get; init; }

    /// <summary>The <see cref="Stage"/> of a step whose answer may be about any stage: its words decide.</summary>
    public const string AnyStage = "any";

    /// <summary>
    /// The journey stage the step is about (pre-purchase, purchase, post-purchase, or
    /// <see cref="AnyStage"/>), if any: the analysis reads the answers of the steps that name one as
    /// part of the story.
    /// </summary>
    public string? Stage { get; init; }

    /// <summary>Asked only when this holds.</summary>
    public StepCondition? When { get; init; }

    /// <summary>Asked once after a thin text answer.</summary>
    public StepProbe? Probe { get; init; }

    /// <summary>What the bot does around the step.</summary>
    public StepAction Action { get; init; }

    /// <summary>For a repeat step: the first step of an experience, asked again for the next one.</summary>
    public string? RepeatFrom { get; init; }

    /// <summary>
    /// A recogniser from the analysis engine tried when the answer is not a choice or plain number:
    /// <c>polarity</c> ("it was bad") or <c>rating</c> ("four stars", "4/5").
    /// </summary>
    public string? Recognizer { get; init; }

    /// <summary>The line of the step in its file.</summary>
    public int Line { get; init; }
}
