using SurveyBot.Insights;
using SurveyBot.Interview;

namespace SurveyBot.Tests.Interview;

/// <summary>help, back, skip, restart, stop and forget me, at text, choice, number and confirm steps.</summary>
public sealed class InterviewCommandTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["consent"] = "yes",
        ["organisation"] = "Northwind Broadband",
        ["offering"] = "home internet",
        ["polarity"] = "Negative",
        ["pre-purchase"] = "the quote was the cheapest on the comparison site",
        ["purchase"] = "I signed up on the phone with a friendly agent",
        ["post-purchase"] = "the engineer never turned up and nobody answered my complaint",
        ["what-went-wrong"] = "the engineer never came and support ignored me",
        ["rating"] = "1",
        ["confirm-summary"] = "yes",
        ["another"] = "no",
    };

    [Theory]
    [InlineData("organisation", "The name of the firm")]
    [InlineData("polarity", "Your overall impression")]
    [InlineData("rating", "1 is very poor, 5 is excellent")]
    [InlineData("consent", "If you say yes, I'll store your answers")]
    public async Task Help_explains_the_step_and_asks_it_again(string stepId, string explanation)
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);

        await talk.Send("help").Asks(stepId, saying: explanation);
    }

    [Theory]
    [InlineData("offering", "organisation", "Northwind Broadband")]
    [InlineData("pre-purchase", "polarity", "Negative")]
    [InlineData("persona-name", "rating", "1")]
    [InlineData("organisation", "consent", "yes")]
    public async Task Back_asks_the_previous_step_again_and_replaces_its_answer(string stepId, string previous, string said)
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);

        await talk.Send("back").Asks(previous, saying: $"you said: \"{said}\"");
    }

    [Fact]
    public async Task Back_then_a_new_answer_replaces_the_old_one_and_carries_on()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);

        await talk.Send("back").Asks("organisation");
        await talk.Send("Contoso Fibre").Asks("offering");
        await talk.Send("go back").Asks("organisation", saying: "you said: \"Contoso Fibre\"");
    }

    [Fact]
    public async Task Changing_the_polarity_with_back_changes_the_branch()
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, "what-went-wrong", Answers);

        await talk.Send("back").Asks("post-purchase");
        await talk.Send("back").Asks("purchase");
        await talk.Send("back").Asks("pre-purchase");
        await talk.Send("back").Asks("polarity");
        await talk.Send("Positive").Asks("stand-out");
    }

    [Fact]
    public async Task Back_at_the_first_question_says_there_is_nothing_before_it()
    {
        var talk = new BotHarness().Conversation();
        await talk.Join();

        await talk.Send("back").Asks("consent", saying: "nothing to go back to");
    }

    [Theory]
    [InlineData("organisation", "offering")]
    [InlineData("rating", "persona-name")]
    [InlineData("persona-age", "persona-occupation")]
    public async Task Skip_passes_over_an_optional_step(string stepId, string next)
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);

        await talk.Send("skip").Asks(next);
    }

    [Theory]
    [InlineData("polarity", "can't be skipped")]
    [InlineData("consent", "I need a yes or a no")]
    [InlineData("confirm-summary", "I need a yes or a no")]
    public async Task Skip_on_a_required_step_says_it_cannot_be_skipped(string stepId, string saying)
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);

        await talk.Send("skip").Asks(stepId, saying: saying);
    }

    [Theory]
    [InlineData("offering")]
    [InlineData("polarity")]
    [InlineData("rating")]
    [InlineData("confirm-summary")]
    public async Task Restart_starts_again_from_the_top_with_no_answers(string stepId)
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);

        await talk.Send("start over").Asks("consent", saying: "start again from the top");
        await talk.Send("yes").Asks("organisation");
        await talk.Send("back").Asks("consent");
    }

    [Fact]
    public async Task Restarted_interview_saves_only_the_new_runs_transcript()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "polarity", Answers);
        await talk.Send("restart").Asks("consent");

        var second = new Dictionary<string, string>(Answers) { ["organisation"] = "Fabrikam", ["confirm-summary"] = "yes", ["another"] = "no" };
        await talk.AnswerUntilDone(await talk.Send("yes"), second);

        var transcript = Assert.Single(bot.Responses.All).Transcript;
        Assert.Contains(transcript, t => t.Sender == "user" && t.Text == "Fabrikam" && t.StepId == "organisation");
        Assert.DoesNotContain(transcript, t => t.Text == Answers["organisation"]);
    }

    [Theory]
    [InlineData("offering")]
    [InlineData("polarity")]
    [InlineData("rating")]
    [InlineData("another")]
    public async Task Stop_says_goodbye_and_saves_nothing_further(string stepId)
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, stepId, Answers);
        var savedBefore = bot.Responses.All.Count;

        await talk.Send("stop").Ends("Goodbye");

        Assert.Equal(savedBefore, bot.Responses.All.Count);
        Assert.DoesNotContain("test/conversations/conversation-1", bot.Storage.Keys);
        Assert.DoesNotContain("test/users/user-1", bot.Storage.Keys);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("restart")]
    [InlineData("forget me", "yes")]
    public async Task Stopping_restarting_or_being_forgotten_after_the_summary_ends_the_analysed_run(params string[] said)
    {
        var analyst = new RunTrackingAnalyst(new InsightsInterviewAnalyst(new ExperienceAnalyzer()));
        var talk = new BotHarness(analyst: analyst).Conversation();
        await InterviewDialogTests.ReachStep(talk, "confirm-summary", Answers);
        var run = Assert.Single(analyst.Analysed.Distinct());
        var endedBefore = analyst.Ended.Count;

        foreach (var text in said)
        {
            await talk.Send(text);
        }

        Assert.DoesNotContain(run, analyst.Ended.Take(endedBefore));
        Assert.Equal([run], analyst.Ended.Skip(endedBefore));
    }

    [Fact]
    public async Task Forget_me_asks_first_and_no_keeps_everything()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "polarity", Answers);

        await talk.Send("forget me").Asks("forget-me", saying: "can't be undone");
        await talk.Send("no").Asks("polarity", saying: "I'll keep your answers");
        await talk.Send("back").Asks("offering", saying: "home internet");
    }

    [Fact]
    public async Task Forget_me_deletes_the_respondents_state_and_saved_responses()
    {
        var bot = new BotHarness();
        var first = bot.Conversation("conversation-1");
        await first.AnswerUntilDone(await first.Join(), Answers);
        Assert.Single(bot.Responses.All);

        var second = bot.Conversation("conversation-2");
        await InterviewDialogTests.ReachStep(second, "rating", Answers);
        await second.Send("forget me").Asks("forget-me");
        await second.Send("yes").Ends("deleted your answers and 1 saved interview");

        Assert.Empty(bot.Responses.All);
        Assert.DoesNotContain(bot.Storage.Keys, k => k.StartsWith("test/users/", StringComparison.Ordinal) || k == "test/conversations/conversation-2");
    }

    [Fact]
    public async Task A_story_that_merely_contains_a_command_word_is_an_answer()
    {
        var talk = new BotHarness().Conversation();
        await InterviewDialogTests.ReachStep(talk, "pre-purchase", Answers);

        await talk.Send("I wanted to stop paying so much, so I compared prices").Asks("purchase");
    }
}
