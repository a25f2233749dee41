using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack (persisted under <c>dialogs</c> in its
/// state) starting with <see cref="InitialDialogId"/>, and ends when that stack empties. Derive
/// from it to package an interview with its waterfall and prompts.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    /// <summary>Creates the component; <paramref name="initialDialogId"/> names the inner dialog it begins with.</summary>
    public ComponentDialog(string dialogId, string initialDialogId)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(initialDialogId);
        InitialDialogId = initialDialogId;
    }

    /// <summary>The inner dialog begun first.</summary>
    public string InitialDialogId { get; }

    /// <summary>The inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        return this;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (Dialogs.Find(InitialDialogId) is null)
        {
            throw new InvalidOperationException($"Component dialog '{Id}' begins with '{InitialDialogId}', which was not added to it; call AddDialog first.");
        }

        var (inner, stack) = CreateInnerContext(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, stack, result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (inner, stack) = CreateInnerContext(dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, stack, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-prompts the inner active dialog when a dialog this one started ends.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var stack = LoadStack(instance.State);
        await new DialogContext(Dialogs, turnContext, stack).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        SaveStack(instance.State, stack);
    }

    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var stack = LoadStack(instance.State);
            await new DialogContext(Dialogs, turnContext, stack).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            SaveStack(instance.State, stack);
        }
    }

    /// <summary>Continues the inner stack; override to handle interruptions (help, cancel) before delegating.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    private (DialogContext Inner, DialogState Stack) CreateInnerContext(DialogContext dc)
    {
        var stack = LoadStack(dc.ActiveDialog!.State);
        return (new DialogContext(Dialogs, dc.Context, stack, dc), stack);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogState stack, DialogTurnResult result, CancellationToken cancellationToken)
    {
        // The inner turn may have ended this component through the parent context (a cancel), so
        // the state is written back only while this component is still the active dialog.
        if (dc.ActiveDialog is { } active && active.Id == Id)
        {
            SaveStack(active.State, stack);
            if (result.Status != DialogTurnStatus.Waiting)
            {
                return await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    // The inner stack is moved between the stored JSON and the live stack without copying the
    // dialogs' state objects: this runs on every turn of every interview.
    private static DialogState LoadStack(JsonObject state)
    {
        var stack = new DialogState();
        if (state[InnerStackKey] is JsonObject stored && stored["dialogStack"] is JsonArray entries)
        {
            foreach (var entry in entries)
            {
                if (entry is JsonObject { } item && item["id"] is JsonValue id)
                {
                    var dialogState = item["state"] as JsonObject;
                    item.Remove("state");
                    stack.DialogStack.Add(new DialogInstance(id.GetValue<string>(), dialogState));
                }
            }
        }

        return stack;
    }

    private static void SaveStack(JsonObject state, DialogState stack)
    {
        var entries = new JsonArray();
        foreach (var instance in stack.DialogStack)
        {
            entries.Add(new JsonObject { ["id"] = instance.Id, ["state"] = instance.State });
        }

        state[InnerStackKey] = new JsonObject { ["schemaVersion"] = DialogState.CurrentSchemaVersion, ["dialogStack"] = entries };
    }
}
