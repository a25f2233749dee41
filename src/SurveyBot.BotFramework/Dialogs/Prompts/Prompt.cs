using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the typed answer. Answers it does not understand,
/// or that fail validation, are asked again; after <see cref="PromptOptions.MaxAttempts"/> it ends
/// with a <see cref="PromptFailure"/>. Only messages count as answers; other activities are ignored.
/// </summary>
/// <typeparam name="T">The answer's type.</typeparam>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    /// <summary>Sends the question and waits.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="options">A <see cref="PromptOptions"/>, or the question as a string.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options switch
        {
            PromptOptions given => given,
            string text => PromptOptions.Ask(text),
            _ => throw new ArgumentException($"Prompt '{Id}' needs PromptOptions (or the question as a string), not {options?.GetType().Name ?? "null"}.", nameof(options)),
        };
        var state = dc.ActiveDialog!.State;
        PromptState.Begin(state, promptOptions);
        await SendPromptAsync(dc.Context, promptOptions, promptOptions.Prompt, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Takes the user's answer: ends with its value when accepted, asks again otherwise.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var state = dc.ActiveDialog!.State;
        var options = LoadOptions(state);
        var attempts = PromptState.CountAttempt(state);

        var recognized = await OnRecognizeAsync(turn, options, cancellationToken).ConfigureAwait(false);
        var sentBefore = turn.SentActivities.Count;
        var retryMessage = recognized.Succeeded ? CheckValidations(recognized.Value!, options) : null;
        var valid = recognized.Succeeded && retryMessage is null;
        if (retryMessage is null && _validator is not null)
        {
            var validation = new PromptValidatorContext<T>(turn, recognized, options, attempts);
            valid = await _validator(validation, cancellationToken).ConfigureAwait(false);
            retryMessage = validation.RetryMessage;
        }

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(new PromptFailure(Id, attempts, turn.Activity.Text), cancellationToken).ConfigureAwait(false);
        }

        // A validator that already answered the user has said why; repeating the question would be noise.
        if (turn.SentActivities.Count == sentBefore)
        {
            var retry = retryMessage is null ? options.RetryPrompt ?? options.Prompt : Activity.CreateMessage(retryMessage);
            await SendPromptAsync(turn, options, retry, cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>Asks again when a dialog begun on top of the prompt ended.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Sends the question again.</summary>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = LoadOptions(instance.State);
        return SendPromptAsync(turnContext, options, options.Prompt, cancellationToken);
    }

    /// <summary>Understands the turn's message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Checks an understood value against <see cref="PromptOptions.Validations"/>; returns the message to send when it fails.</summary>
    protected virtual string? CheckValidations(T value, PromptOptions options) => null;

    /// <summary>The choices shown with the question; none by default.</summary>
    protected virtual IReadOnlyList<Choice>? GetChoices(ITurnContext turnContext, PromptOptions options) => null;

    /// <summary>The language to recognise the answer in: the options', the activity's, or English.</summary>
    protected static string GetLocale(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return options.RecognizeLanguage ?? turnContext.Activity.Locale ?? RecognizerModels.DefaultCulture;
    }

    private Task<Schema.ResourceResponse> SendPromptAsync(ITurnContext turnContext, PromptOptions options, Activity? template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = CopyForSending(template ?? Activity.CreateMessage());
        activity.InputHint ??= InputHints.ExpectingInput;
        activity.ChannelData ??= options.ChannelData?.DeepClone();
        if (GetChoices(turnContext, options) is { Count: > 0 } choices)
        {
            ChoiceFactory.AddChoices(activity, choices, options.Style, turnContext.Activity);
        }

        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private static PromptOptions LoadOptions(JsonObject state) =>
        PromptState.Options(state)
        ?? throw new InvalidOperationException("The prompt's stored state has no options.");

    // Options may be the caller's shared objects; every send gets its own activity.
    private static Activity CopyForSending(Activity template) => new()
    {
        Type = template.Type ?? ActivityTypes.Message,
        Text = template.Text,
        Speak = template.Speak,
        TextFormat = template.TextFormat,
        InputHint = template.InputHint,
        Attachments = template.Attachments is null ? null : [.. template.Attachments],
        AttachmentLayout = template.AttachmentLayout,
        SuggestedActions = template.SuggestedActions,
        Entities = template.Entities is null ? null : [.. template.Entities],
        ChannelData = template.ChannelData?.DeepClone(),
        Summary = template.Summary,
        Locale = template.Locale,
    };
}
