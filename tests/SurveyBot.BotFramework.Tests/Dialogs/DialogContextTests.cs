using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.BotFramework.State;
using SurveyBot.BotFramework.Testing;

namespace SurveyBot.BotFramework.Tests.Dialogs;

public sealed class DialogContextTests
{
    private static DialogContext NewContext(DialogSet dialogs, string text = "hi") =>
        new(dialogs, new TurnContext(new TestAdapter().MakeMessage(text)), new DialogState());

    [Fact]
    public async Task Continue_with_an_empty_stack_reports_empty()
    {
        var result = await NewContext(new DialogSet()).ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task Begin_puts_the_dialog_on_top_and_waits_for_the_prompt()
    {
        var dc = NewContext(new DialogSet().Add(new TextPrompt("text")));

        var result = await dc.BeginDialogAsync("text", "Which company?");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("text", dc.ActiveDialog?.Id);
        Assert.Equal("Which company?", Assert.Single(dc.Context.SentActivities).Text);
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack()
    {
        var dc = NewContext(new DialogSet().Add(new TextPrompt("a")).Add(new TextPrompt("b")));
        await dc.BeginDialogAsync("a", "A?");
        await dc.BeginDialogAsync("b", "B?");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task Replace_dialog_swaps_the_active_dialog_without_resuming_the_one_below()
    {
        var steps = new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("text", PromptOptions.Ask("Which company?"), ct),
            (step, ct) => step.ReplaceDialogAsync("steps", cancellationToken: ct),
        ]);
        var bot = new DialogTestBot(new ComponentDialog("root", "steps").AddDialog(steps).AddDialog(new TextPrompt("text")));

        // Each answer restarts the same waterfall in place: the question repeats and the stack never grows.
        await new TestFlow(new TestAdapter(), bot)
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("Which company?")
            .Send("Fabrikam").AssertReply("Which company?")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Waiting, bot.LastResult?.Status);
    }

    [Fact]
    public async Task Cancel_all_from_the_bot_ends_an_interview_and_the_next_message_starts_afresh()
    {
        var adapter = new TestAdapter();
        var storage = new MemoryStorage();
        var dialog = WaterfallDialogTests.CompanyAndRating();
        var state = new ConversationState(storage);
        var dialogState = state.CreateProperty("dialogState", DialogJsonContext.Default.DialogState);
        var bot = new CancellingBot(dialog, state, dialogState);

        await new TestFlow(adapter, bot)
            .Send("hi").AssertReply("Which company?")
            .Send("Contoso").AssertReply("Rate it from 1 to 5")
            .Send("stop").AssertReply("Stopped.")
            .Send("hello again").AssertReply("Which company?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Begin_with_an_unknown_id_says_which_dialog_is_missing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NewContext(new DialogSet()).BeginDialogAsync("nowhere"));

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_set_rejects_two_dialogs_with_one_id()
    {
        var dialogs = new DialogSet().Add(new TextPrompt("text"));

        var error = Assert.Throws<ArgumentException>(() => dialogs.Add(new TextPrompt("text")));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    private sealed class CancellingBot(Dialog dialog, ConversationState state, IStatePropertyAccessor<DialogState> dialogState) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text == "stop")
            {
                var dc = await new DialogSet(dialogState).Add(dialog).CreateContextAsync(turnContext, cancellationToken);
                await dc.CancelAllDialogsAsync(cancellationToken);
                await turnContext.SendActivityAsync("Stopped.", cancellationToken: cancellationToken);
            }
            else
            {
                await dialog.RunAsync(turnContext, dialogState, cancellationToken);
            }

            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }
}
