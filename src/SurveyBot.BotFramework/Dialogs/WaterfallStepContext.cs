using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>What one waterfall step sees: the previous step's result, the values kept so far, and how to go on.</summary>
public sealed class WaterfallStepContext
{
    private readonly Func<object?, CancellationToken, Task<DialogTurnResult>> _next;
    private bool _nextCalled;

    /// <summary>Creates the context of one step (tests may call this to run a step on its own).</summary>
    /// <param name="dialogContext">The dialog context the waterfall runs in.</param>
    /// <param name="index">The step's index, from 0.</param>
    /// <param name="reason">Why the step runs.</param>
    /// <param name="result">The previous step's result (a prompt's answer), or null.</param>
    /// <param name="values">The values kept between steps.</param>
    /// <param name="options">The options the waterfall was begun with.</param>
    /// <param name="next">Runs the next step with a result.</param>
    public WaterfallStepContext(
        DialogContext dialogContext,
        int index,
        DialogReason reason,
        object? result,
        StepValues values,
        JsonNode? options,
        Func<object?, CancellationToken, Task<DialogTurnResult>> next)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(next);
        DialogContext = dialogContext;
        Index = index;
        Reason = reason;
        Result = result;
        Values = values;
        Options = options;
        _next = next;
    }

    /// <summary>The dialog context the waterfall runs in.</summary>
    public DialogContext DialogContext { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Context => DialogContext.Context;

    /// <summary>The step's index, from 0.</summary>
    public int Index { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's result (a prompt's answer), or null. Prefer <see cref="ResultAs{T}"/>.</summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt gave up after its maximum number of attempts.</summary>
    public bool PromptFailed => Result is PromptFailure;

    /// <summary>The values kept between steps, persisted with the waterfall.</summary>
    public StepValues Values { get; }

    /// <summary>The options the waterfall was begun with, as JSON.</summary>
    public JsonNode? Options { get; }

    /// <summary>The previous step's result as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The result is absent or of another type.</exception>
    public T ResultAs<T>() => TryGetResult<T>(out var value)
        ? value
        : throw new InvalidOperationException(
            $"Step {Index} expected a result of type {typeof(T).Name} but got {(Result is null ? "nothing" : Result.GetType().Name)}"
            + (PromptFailed ? "; the prompt gave up, check PromptFailed first." : "."));

    /// <summary>Reads the previous step's result as <typeparamref name="T"/>; false when absent or of another type.</summary>
    public bool TryGetResult<T>([MaybeNullWhen(false)] out T value)
    {
        if (Result is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The options the waterfall was begun with, as <typeparamref name="T"/>; default when absent.</summary>
    public T? OptionsAs<T>(JsonTypeInfo<T> typeInfo) => Options is null ? default : Options.Deserialize(typeInfo);

    /// <summary>Begins a dialog (usually a prompt); its result comes to the next step.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Asks a question with a prompt dialog; the answer comes to the next step.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with a result for the dialog below it.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the waterfall and begins another dialog in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step without waiting for the user, passing <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice in one step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index}; call it once per step.");
        }

        _nextCalled = true;
        return _next(result, cancellationToken);
    }
}
