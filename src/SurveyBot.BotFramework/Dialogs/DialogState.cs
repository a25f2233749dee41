namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// The persisted dialog stack of a conversation, stored as
/// <c>{"schemaVersion":1,"dialogStack":[{"id":"…","state":{…}}]}</c> with the active dialog first.
/// Serialise it with <see cref="DialogJsonContext.DialogState"/>.
/// </summary>
public sealed class DialogState
{
    /// <summary>The version of this document's shape that this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The version of the document's shape; a document of another version is not resumed.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>The dialogs in progress, the active one first.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];
}
