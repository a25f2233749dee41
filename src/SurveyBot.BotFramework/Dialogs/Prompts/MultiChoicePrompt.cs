using System.Globalization;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Choices;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one or more of <see cref="PromptOptions.Choices"/> in one answer:
/// "1 and 3", "price, staff", "the first and the third". Every part must pick a choice.
/// <see cref="PromptOptions.Validations"/> limits how many are picked.
/// </summary>
public sealed class MultiChoicePrompt(string dialogId, PromptValidator<IReadOnlyList<FoundChoice>>? validator = null)
    : Prompt<IReadOnlyList<FoundChoice>>(dialogId, validator)
{
    /// <exception cref="ArgumentException">The options offer no choices.</exception>
    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        options is PromptOptions { Choices.Count: > 0 }
            ? base.BeginDialogAsync(dc, options, cancellationToken)
            : throw new ArgumentException($"Multi-choice prompt '{Id}' needs PromptOptions with at least one choice in Choices.", nameof(options));

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IReadOnlyList<FoundChoice>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.RecognizeMany(turnContext.Activity.Text, options.Choices ?? [], GetLocale(turnContext, options));
        return Task.FromResult(found is null
            ? Recognized.Failed<IReadOnlyList<FoundChoice>>()
            : Recognized.Success<IReadOnlyList<FoundChoice>>(found));
    }

    /// <inheritdoc />
    protected override string? CheckValidations(IReadOnlyList<FoundChoice> value, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validations is not { } limits)
        {
            return null;
        }

        var tooFew = limits.Min is { } min && value.Count < min;
        var tooMany = limits.Max is { } max && value.Count > max;
        return !tooFew && !tooMany ? null : limits.Message ?? (tooFew
            ? string.Create(CultureInfo.InvariantCulture, $"Please pick at least {limits.Min}.")
            : string.Create(CultureInfo.InvariantCulture, $"Please pick at most {limits.Max}."));
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Choice>? GetChoices(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices;
    }
}
