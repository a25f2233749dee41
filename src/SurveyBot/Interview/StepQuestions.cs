using System.Globalization;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>How a script step is asked: which of the runtime's prompts, with what options, and how its answer is kept.</summary>
internal static class StepQuestions
{
    public const string TextPromptId = "text";
    public const string ChoicePromptId = "choice";
    public const string ConfirmPromptId = "confirm";

    public static IEnumerable<Dialog> CreatePrompts() =>
    [
        new TextPrompt(TextPromptId), new ChoicePrompt(ChoicePromptId), new ConfirmPrompt(ConfirmPromptId),
        new NumberPrompt<double>("number"), new RatingPrompt("rating"), new ChoicePrompt("polarity", PolarityValidator.ValidateAsync),
        new MultiChoicePrompt("multiChoice"), new DateTimePrompt("date"),
    ];

    public static string PromptId(ScriptStep step) => step.Kind switch
    {
        StepKind.Number when step.Recognizer == "rating" => "rating",
        StepKind.Choice when step.Recognizer == "polarity" => "polarity",
        _ => KindName(step.Kind),
    };

    public static PromptOptions Options(ScriptStep step, string progress)
    {
        var choices = step.Kind is StepKind.Choice or StepKind.MultiChoice
            ? step.Choices.Select(c => new Choice(c.Value) { Synonyms = c.Synonyms }).ToList()
            : null;
        return InterviewMessages.Question(step.Id, KindName(step.Kind), step.Prompt + progress, choices, (step.RetryPrompt ?? DefaultRetry(step)) + progress) with
        {
            Validations = step.Min is null && step.Max is null ? null : new PromptValidations(step.Min, step.Max),
        };
    }

    /// <summary>A prompt's result in the form answers are stored and analysed.</summary>
    public static string? Answer(object? result) => result switch
    {
        string text => text,
        bool yes => yes ? "yes" : "no",
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        FoundChoice choice => choice.Value,
        IReadOnlyList<FoundChoice> choices => string.Join(", ", choices.Select(c => c.Value)),
        IReadOnlyList<DateTimeResolution> { Count: > 0 } dates => dates[^1].Value ?? dates[^1].Start ?? dates[^1].Timex,
        _ => null,
    };

    public static string Help(ScriptStep step) => step.Help ?? step.Kind switch
    {
        StepKind.Choice => "Pick the option that fits best.",
        StepKind.MultiChoice => "Pick every option that fits, separated by commas.",
        StepKind.Confirm => "A yes or a no is all I need.",
        StepKind.Number => "A number is all I need.",
        StepKind.Date => "A date, in any form you like.",
        _ => "Answer in your own words; a sentence or two is plenty.",
    } + (step.Optional ? " Type skip to pass." : "");

    private static string DefaultRetry(ScriptStep step) => step.Kind switch
    {
        StepKind.Choice => "Sorry, I didn't catch that. Please pick one of the options, or say it in your own words.",
        StepKind.MultiChoice => "Sorry, I didn't catch that. Please pick one or more of the options, separated by commas.",
        StepKind.Confirm => "Sorry, was that a yes or a no?",
        StepKind.Number => "Sorry, I need a number for this one.",
        StepKind.Date => "Sorry, I didn't get the date. Try something like \"last Friday\" or \"3 March\".",
        _ => "Sorry, could you say that again?",
    };

    private static string KindName(StepKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
