using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// A fixed sequence of steps; each step usually asks one question and the next receives the
/// answer. The step index and the values kept between steps are persisted in the instance state
/// (<c>{"stepIndex":n,"values":{…},"options":…}</c>), so a restarted bot resumes at the same step.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly List<Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>>> _steps = [];

    /// <summary>Creates the waterfall with its steps.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>>>? steps = null)
        : base(dialogId)
    {
        if (steps is not null)
        {
            foreach (var step in steps)
            {
                AddStep(step);
            }
        }
    }

    /// <summary>The number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <summary>Begins at the first step.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="options">Null, or a <see cref="JsonNode"/> the steps read through <see cref="WaterfallStepContext.Options"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="ArgumentException">The options are not JSON, so they could not be persisted.</exception>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = GetState(dc);
        state[ValuesKey] = new JsonObject();
        switch (options)
        {
            case null:
                break;
            case JsonNode node:
                state[OptionsKey] = node.Parent is null ? node : node.DeepClone();
                break;
            default:
                throw new ArgumentException(
                    $"Waterfall '{Id}' was begun with options of type {options.GetType().Name}; pass a JsonNode (serialise your options with their JsonTypeInfo) so they survive a restart.",
                    nameof(options));
        }

        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Passes the user's message text on to the next step; non-message activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>Runs the step after the current one with <paramref name="result"/>.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = GetState(dc)[StepIndexKey]?.GetValue<int>() ?? -1;
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = GetState(dc);
        state[StepIndexKey] = index;
        if (state[ValuesKey] is not JsonObject values)
        {
            state[ValuesKey] = values = [];
        }

        var step = new WaterfallStepContext(dc, index, reason, result, new StepValues(values), state[OptionsKey], (r, ct) => ResumeDialogAsync(dc, DialogReason.NextCalled, r, ct));
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }

    private JsonObject GetState(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var active = dc.ActiveDialog;
        return active is not null && active.Id == Id
            ? active.State
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
    }
}
