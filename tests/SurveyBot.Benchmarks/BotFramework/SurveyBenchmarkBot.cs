using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.State;

namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>
/// The peer's survey bot (shared/bench/botbuilder-js/bot.js) on this library: one component dialog
/// holding a 7-prompt waterfall, conversation and user state, both saved after every turn.
/// </summary>
internal sealed class SurveyBenchmarkBot : IBot
{
    public const string CompanyPrompt = "Which company was this experience with?";
    public const string SentimentPrompt = "Was it positive or negative?";
    public const string BeforePrompt = "What happened before you bought \u2014 how did you find them?";
    public const string PurchasePrompt = "Tell me about the purchase itself";
    public const string AfterPrompt = "What happened afterwards?";
    public const string RatingPrompt = "From 1 to 5, how would you rate it?";
    public const string RetryRatingPrompt = "Please give a whole number from 1 to 5.";
    public const string ConfirmPromptText = "Shall I save this?";

    private static readonly PromptOptions Company = PromptOptions.Ask(CompanyPrompt);
    private static readonly PromptOptions Sentiment = PromptOptions.Ask(SentimentPrompt) with { Choices = [new("Positive"), new("Negative"), new("Mixed")] };
    private static readonly PromptOptions Before = PromptOptions.Ask(BeforePrompt);
    private static readonly PromptOptions Purchase = PromptOptions.Ask(PurchasePrompt);
    private static readonly PromptOptions After = PromptOptions.Ask(AfterPrompt);
    private static readonly PromptOptions Rating = PromptOptions.Ask(RatingPrompt, RetryRatingPrompt);
    private static readonly PromptOptions Confirm = PromptOptions.Ask(ConfirmPromptText);

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<UserProfile> _profile;
    private readonly ComponentDialog _dialog;

    public SurveyBenchmarkBot(IStorage storage)
    {
        _conversationState = new ConversationState(storage);
        _userState = new UserState(storage);
        _dialogState = _conversationState.CreateProperty("dialogState", DialogJsonContext.Default.DialogState);
        _profile = _userState.CreateProperty("userProfile", BenchmarkJsonContext.Default.UserProfile);
        _dialog = new ComponentDialog("surveyDialog", "surveyWaterfall")
            .AddDialog(new TextPrompt("textPrompt"))
            .AddDialog(new ChoicePrompt("choicePrompt"))
            .AddDialog(new NumberPrompt<int>("ratingPrompt", (pc, _) => Task.FromResult(pc.Recognized is { Succeeded: true, Value: >= 1 and <= 5 })))
            .AddDialog(new ConfirmPrompt("confirmPrompt"))
            .AddDialog(new WaterfallDialog("surveyWaterfall", [
                (step, ct) => step.PromptAsync("textPrompt", Company, ct),
                (step, ct) => Ask(step, "company", "choicePrompt", Sentiment, ct),
                (step, ct) =>
                {
                    step.Values.SetValue("sentiment", step.ResultAs<FoundChoice>().Value);
                    return step.PromptAsync("textPrompt", Before, ct);
                },
                (step, ct) => Ask(step, "before", "textPrompt", Purchase, ct),
                (step, ct) => Ask(step, "purchase", "textPrompt", After, ct),
                (step, ct) => Ask(step, "after", "ratingPrompt", Rating, ct),
                (step, ct) =>
                {
                    step.Values.SetValue("rating", step.ResultAs<int>(), DialogJsonContext.Default.Int32);
                    return step.PromptAsync("confirmPrompt", Confirm, ct);
                },
                SummaryStepAsync,
            ]));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string previousKey, string promptId, PromptOptions options, CancellationToken ct)
    {
        step.Values.SetValue(previousKey, step.ResultAs<string>());
        return step.PromptAsync(promptId, options, ct);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var v = step.Values;
        var rating = v.GetValue("rating", DialogJsonContext.Default.Int32);
        var saved = step.ResultAs<bool>();
        if (saved)
        {
            var profile = await _profile.GetAsync(step.Context, static () => new UserProfile(), ct);
            profile.Surveys.Add(new SurveyRecord(v.GetString("company")!, v.GetString("sentiment")!, v.GetString("before")!, v.GetString("purchase")!, v.GetString("after")!, rating));
        }

        await step.Context.SendActivityAsync(
            $"Summary: {v.GetString("company")} ({v.GetString("sentiment")}), rated {rating}/5. "
            + $"Before: {v.GetString("before")} | Purchase: {v.GetString("purchase")} | After: {v.GetString("after")} | "
            + (saved ? "Saved." : "Not saved."),
            cancellationToken: ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
