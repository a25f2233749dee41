using System.Globalization;
using SurveyBot.BotFramework.Dialogs;

namespace SurveyBot.Interview;

/// <summary>"forget me": asks first, then deletes everything kept about the respondent, or carries on.</summary>
internal static class ForgetMeDialog
{
    public const string Id = "forget-me";

    public static WaterfallDialog Create(InterviewStore store) => new(Id,
    [
        (c, ct) => c.PromptAsync(
            StepQuestions.ConfirmPromptId,
            InterviewMessages.Question(Id, "confirm", "Shall I delete everything you've told me, including any finished interviews? This can't be undone.", retry: "Sorry, yes or no: shall I delete everything you've told me?"),
            ct),
        async (c, ct) =>
        {
            var turn = InterviewTurn.Of(c.Context);
            if (c.Result is true)
            {
                await ForgetAsync(turn, store);
                return await c.DialogContext.CancelAllDialogsAsync(ct);
            }

            await turn.SayAsync("OK, I'll keep your answers. Let's carry on.");
            return await c.EndDialogAsync(null, ct);
        },
    ]);

    public static async Task ForgetAsync(InterviewTurn turn, InterviewStore store)
    {
        var deleted = await store.ForgetAsync(turn);
        InterviewLog.Forgotten(turn.Services.Logger, turn.ConversationId, deleted);
        await turn.SayAsync(deleted > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Done. I've deleted your answers and {deleted} saved {(deleted == 1 ? "interview" : "interviews")}. Thank you, and goodbye.")
            : "Done. I've deleted your answers. Thank you, and goodbye.");
    }
}
