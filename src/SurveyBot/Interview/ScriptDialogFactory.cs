using System.Collections.Concurrent;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// Turns scripts into dialogs: every loaded script when the bot starts, and an archived version
/// the first time a conversation pinned to it comes back after a redeploy.
/// </summary>
internal sealed class ScriptDialogFactory
{
    public const string ResumeId = "resume";
    public const string StartAgainId = "start-again";

    private readonly ConcurrentDictionary<string, ScriptDialog> _dialogs = new(StringComparer.Ordinal);
    private readonly InterviewStore _store;
    private readonly Dialog[] _runDialogs;

    public ScriptDialogFactory(ScriptCatalog catalog, InterviewStore store)
    {
        _store = store;
        _runDialogs = [new ChoicePrompt(ResumeId), new ConfirmPrompt(StartAgainId), new ConfirmPrompt(StepQuestions.ConfirmPromptId), ForgetMeDialog.Create(store)];
        foreach (var script in catalog.Scripts)
        {
            Get(script);
        }
    }

    public ScriptDialog Get(InterviewScript script) => _dialogs.GetOrAdd(ScriptDialog.IdOf(script), _ => new ScriptDialog(script));

    /// <summary>The dialogs of a turn: the questions about the run itself, and the script version it runs, if any.</summary>
    public DialogSet CreateSet(InterviewScript? script)
    {
        var dialogs = new DialogSet(_store.Dialogs);
        foreach (var dialog in _runDialogs)
        {
            dialogs.Add(dialog);
        }

        return script is null ? dialogs : dialogs.Add(Get(script));
    }
}
