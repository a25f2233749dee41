using System.Text.Json.Nodes;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog runs and the JSON state it owns. Only the dialog
/// reads and writes <see cref="State"/>, so what is stored is plain JSON, never .NET type names.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>Creates an instance of a dialog with its state.</summary>
    public DialogInstance(string id, JsonObject? state = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        State = state ?? [];
    }

    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>The dialog's persisted state.</summary>
    public JsonObject State { get; }
}
