using System.Globalization;
using SurveyBot.Insights;
using SurveyBot.Insights.Responses;
using SurveyBot.Interview;

namespace SurveyBot.Tests.Interview;

public sealed class InterviewDialogTests
{
    internal static readonly Dictionary<string, string> Pharmacy = new()
    {
        ["consent"] = "yes",
        ["organisation"] = "Greenleaf Pharmacy",
        ["offering"] = "antibiotics prescription for my daughter",
        ["polarity"] = "Positive",
        ["pre-purchase"] = "skip",
        ["purchase"] = "Took the prescription in on Saturday morning, they didn't have it in stock",
        ["post-purchase"] = "The pharmacist phoned two other branches and had it couriered over by 2pm, explained the dosing really clearly and gave me a free syringe",
        ["stand-out"] = "the pharmacist went out of her way for us",
        ["feelings"] = "So worried at first, then massively relieved and super grateful",
        ["actions"] = "I've already been back, they're my go-to now",
        ["rating"] = "five stars",
        ["persona-name"] = "skip",
        ["persona-age"] = "skip",
        ["persona-occupation"] = "skip",
        ["goals"] = "get antibiotics for my daughter on a weekend",
        ["needs"] = "the medicine quickly and clear instructions",
        ["confirm-summary"] = "yes",
        ["another"] = "no",
    };

    private static readonly Dictionary<string, string> Airline = new()
    {
        ["consent"] = "yes",
        ["organisation"] = "Aerolinka",
        ["offering"] = "flight Warsaw to Barcelona via Munich",
        ["polarity"] = "it was bad",
        ["post-purchase"] = "my suitcase did not arrive. The lost luggage desk promised delivery in 48 hours, nothing came. I called the hotline every day and had to explain everything again",
        ["what-went-wrong"] = "they lost my bag and nobody read the notes of my previous calls",
        ["could-have-done"] = "deliver the bag when promised and reimburse me fully",
        ["feelings"] = "very frustrated, and angry that I wore borrowed clothes at Christmas",
        ["actions"] = "I posted on their Facebook page and told my family to avoid them",
        ["rating"] = "1",
        ["goals"] = "visit my sister for Christmas with my luggage",
        ["needs"] = "my bag delivered when promised and full reimbursement",
        ["confirm-summary"] = "yes",
        ["another"] = "no",
    };

    private static readonly Dictionary<string, string> Cinema = new()
    {
        ["consent"] = "yes",
        ["organisation"] = "Starlite Cinemas",
        ["offering"] = "tickets for dune on opening night",
        ["polarity"] = "Mixed",
        ["purchase"] = "booked on the website, seat map kept freezing and there was a booking fee per ticket",
        ["post-purchase"] = "recliner seats amazing and the sound was insane. film started 20 min late with no announcement",
        ["what-went-wrong"] = "the booking site froze and the film started late",
        ["could-have-done"] = "fix the website and start on time",
        ["feelings"] = "annoyed with the booking, loved the seats",
        ["rating"] = "3.5",
        ["confirm-summary"] = "yes",
        ["another"] = "no",
    };

    [Fact]
    public async Task Positive_experience_is_asked_what_stood_out_and_saved_with_its_analysis()
    {
        var bot = new BotHarness();
        var (asked, analysis) = await Walk(bot, Pharmacy);

        Assert.Contains("stand-out", asked);
        Assert.DoesNotContain("what-went-wrong", asked);
        Assert.DoesNotContain("could-have-done", asked);
        Assert.Equal("positive", analysis["polarity"]!.GetValue<string>());
        Assert.Equal("Greenleaf Pharmacy", analysis["organisation"]!.GetValue<string>());

        var response = Assert.Single(bot.Responses.All);
        Assert.Equal("experience-interview", response.ScriptId);
        Assert.Equal(bot.Catalog.Current("experience-interview")!.ContentHash, response.ScriptVersion);
        Assert.Equal("5", response.Answers["rating"]);
        Assert.False(response.Answers.ContainsKey("pre-purchase"));
        Assert.Equal("positive", response.Analysis!["polarity"]!.GetValue<string>());
        Assert.Contains(response.Transcript, t => t.Sender == "user" && t.Text == "Greenleaf Pharmacy" && t.StepId == "organisation");
        Assert.Equal(new TranscriptEntry(default, "user", "no", "another"), response.Transcript[^1] with { Timestamp = default });
    }

    [Fact]
    public async Task Negative_experience_is_asked_what_went_wrong_and_what_the_firm_could_have_done()
    {
        var bot = new BotHarness();
        var (asked, analysis) = await Walk(bot, Airline);

        Assert.Equal(
            ["consent", "organisation", "offering", "polarity", "pre-purchase", "purchase", "post-purchase", "what-went-wrong", "could-have-done",
             "feelings", "actions", "rating", "persona-name", "persona-age", "persona-occupation", "goals", "needs", "confirm-summary", "another"],
            asked);
        Assert.Equal("negative", analysis["polarity"]!.GetValue<string>());
        Assert.Equal("Negative", Assert.Single(bot.Responses.All).Answers["polarity"]);
    }

    [Fact]
    public async Task Mixed_experience_is_asked_what_went_wrong_too()
    {
        var bot = new BotHarness();
        var (asked, analysis) = await Walk(bot, Cinema);

        Assert.Contains("what-went-wrong", asked);
        Assert.DoesNotContain("stand-out", asked);
        Assert.Equal("mixed", analysis["polarity"]!.GetValue<string>());
        Assert.Equal(3.5, Assert.Single(bot.Responses.All).Analysis!["rating"]!.GetValue<double>());
    }

    [Fact]
    public async Task What_went_wrong_is_read_as_part_of_the_story_at_the_stage_its_words_name()
    {
        var bot = new BotHarness();
        var (_, analysis) = await Walk(bot, new Dictionary<string, string>(Airline) { ["what-went-wrong"] = "I was overcharged for my seat at the checkout" });

        Assert.Contains(analysis["painPoints"]!.AsArray(), p => p!["category"]!.GetValue<string>() == "financial");
        Assert.Contains(analysis["touchpoints"]!.AsArray(), t => t!["category"]!.GetValue<string>() == "payment-billing" && t["stage"]!.GetValue<string>() == "purchase");
    }

    [Fact]
    public async Task Research_interview_analyses_the_story_told_in_its_own_steps()
    {
        var bot = new BotHarness(defaultScript: "research-interview");
        var (asked, analysis) = await Walk(bot, new Dictionary<string, string>
        {
            ["consent"] = "yes",
            ["organisation"] = "Northwind Broadband",
            ["offering"] = "home internet",
            ["polarity"] = "Negative",
            ["story"] = "A friend recommended them, so I signed up online. Then the engineer never turned up and the hotline kept me on hold for an hour.",
            ["memorable-moment"] = "when the courier lost the router they had promised me",
            ["feelings"] = "frustrated, and still annoyed now",
            ["improvement"] = "a callback instead of the hold music",
        });

        Assert.Contains("story", asked);
        var touchpoints = analysis["touchpoints"]!.AsArray();
        Assert.Contains(touchpoints, t => t!["category"]!.GetValue<string>() == "word-of-mouth" && t["stage"]!.GetValue<string>() == "pre-purchase");
        Assert.Contains(touchpoints, t => t!["category"]!.GetValue<string>() == "customer-service" && t["stage"]!.GetValue<string>() == "post-purchase");
        Assert.Contains(touchpoints, t => t!["category"]!.GetValue<string>() == "delivery");
    }

    [Fact]
    public async Task Greets_once_when_the_user_joins_and_asks_for_consent_first()
    {
        var talk = new BotHarness().Conversation();

        var joined = await talk.Join().Asks("consent", saying: "Hi, I'm SurveyBot");
        Assert.Equal("expectingInput", joined.Question!.InputHint);
        Assert.Equal(["Yes", "No"], joined.Question.SuggestedActions!.Actions.Select(a => a.Title));

        var next = await talk.Send("yes").Asks("organisation");
        Assert.DoesNotContain("Hi, I'm SurveyBot", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_message_without_a_join_gets_the_greeting()
    {
        var talk = new BotHarness().Conversation();

        await talk.Send("hello").Asks("consent", saying: "Hi, I'm SurveyBot");
        await talk.Send("sure").Asks("organisation");
    }

    [Theory]
    [InlineData("Negative", 18)]
    [InlineData("Positive", 17)]
    public async Task Progress_cue_counts_up_and_its_total_only_shrinks_once_the_branch_is_known(string polarity, int total)
    {
        var talk = new BotHarness().Conversation();
        var answers = new Dictionary<string, string>(Pharmacy) { ["polarity"] = polarity, ["confirm-summary"] = "yes", ["another"] = "no" };
        var cues = new List<(int Position, int Total)>();
        var current = await talk.Join();
        for (var i = 0; i < 40 && current.StepId is { } stepId; i++)
        {
            if (System.Text.RegularExpressions.Regex.Match(current.Text, @"\((\d+) of (\d+)\)") is { Success: true } cue)
            {
                cues.Add((int.Parse(cue.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(cue.Groups[2].Value, CultureInfo.InvariantCulture)));
            }

            current = await talk.Send(answers.TryGetValue(stepId, out var answer) ? answer : "skip");
        }

        Assert.Equal(Enumerable.Range(1, cues.Count), cues.Select(c => c.Position));
        Assert.Equal(19, cues[0].Total);
        Assert.Equal(total, cues[^1].Total);
        Assert.All(cues.Zip(cues.Skip(1)), pair => Assert.True(pair.Second.Total <= pair.First.Total, $"the total grew from {pair.First.Total} to {pair.Second.Total}"));
    }

    [Fact]
    public async Task Questions_carry_a_progress_cue_and_choices_in_channel_data()
    {
        var talk = new BotHarness().Conversation();
        await talk.Join();
        await talk.Send("yes").Asks("organisation", saying: "(1 of ");
        await talk.Send("Northwind").Asks("offering", saying: "(2 of ");

        var polarity = await talk.Send("broadband").Asks("polarity", saying: "(3 of ");
        var step = polarity.Question!.ChannelData!["surveyStep"]!;
        Assert.Equal("choice", step["kind"]!.GetValue<string>());
        Assert.Equal(["Positive", "Negative", "Mixed"], step["choices"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Declining_consent_ends_politely_and_stores_nothing()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await talk.Join().Asks("consent");

        await talk.Send("no thanks").Ends("I haven't stored anything");

        Assert.Empty(bot.Storage.Keys);
        Assert.Empty(bot.Responses.All);
    }

    [Theory]
    [InlineData("4", "4")]
    [InlineData("4.5", "4.5")]
    [InlineData("four and a half", "4.5")]
    [InlineData("4/5", "4")]
    [InlineData("four stars", "4")]
    public async Task Rating_is_understood_in_the_persons_own_words(string said, string stored)
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await ReachStep(talk, "rating", Pharmacy);

        await talk.Send(said).Asks("persona-name");
        await talk.Send("back").Asks("rating", saying: $"you said: \"{stored}\"");
    }

    [Fact]
    public async Task Rating_out_of_range_is_asked_again_with_the_range()
    {
        var talk = new BotHarness().Conversation();
        await ReachStep(talk, "rating", Pharmacy);

        await talk.Send("12").Asks("rating", saying: "A number from 1 to 5");
        await talk.Send("no idea").Asks("rating", saying: "A number from 1 to 5");
    }

    [Fact]
    public async Task Number_step_out_of_its_range_is_reprompted_by_the_number_prompt()
    {
        var talk = new BotHarness().Conversation();
        await ReachStep(talk, "persona-age", Pharmacy);

        var retry = await talk.Send("7").Asks("persona-age", saying: "Please give a number from 12 to 120");
        Assert.Equal("expectingInput", retry.Question!.InputHint);
        Assert.Equal("number", retry.Question.ChannelData!["surveyStep"]!["kind"]!.GetValue<string>());
        await talk.Send("forty two").Asks("persona-occupation");
        await talk.Send("back").Asks("persona-age", saying: "you said: \"42\"");
    }

    [Fact]
    public async Task Polarity_takes_a_button_or_the_persons_own_words()
    {
        var talk = new BotHarness().Conversation();
        await ReachStep(talk, "polarity", Airline);

        await talk.Send("hmm").Asks("polarity", saying: "mostly positive, mostly negative, or a mix");
        await talk.Send("honestly it was pretty bad").Asks("pre-purchase");
        await talk.Send("back").Asks("polarity", saying: "you said: \"Negative\"");
    }

    [Fact]
    public async Task One_word_story_answer_gets_one_gentle_probe()
    {
        var talk = new BotHarness().Conversation();
        await ReachStep(talk, "post-purchase", Pharmacy);

        await talk.Send("fine").Asks("post-purchase:probe", saying: "Even a sentence or two helps");
        await talk.Send("the courier came on time").Asks("stand-out");
        await talk.Send("back").Asks("post-purchase", saying: "you said: \"fine. the courier came on time\"");

        await talk.Send("ok").Asks("post-purchase:probe");
        await talk.Send("skip").Asks("stand-out");
    }

    [Fact]
    public async Task Summary_plays_back_the_analysis_before_asking_to_confirm()
    {
        var talk = new BotHarness().Conversation();
        var turn = await ReachStep(talk, "confirm-summary", Airline);

        Assert.Contains("Here's what I heard", turn.Text, StringComparison.Ordinal);
        var analysis = turn.Analysis!;
        foreach (var field in new[] { "organisation", "offering", "polarity", "rating", "touchpoints", "feelings", "painPoints", "momentsOfTruth", "decisiveMoment", "lifecycle", "persona" })
        {
            Assert.True(analysis.ContainsKey(field), field);
        }

        Assert.Equal("Aerolinka", analysis["organisation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saying_no_to_the_summary_fixes_the_chosen_part_and_plays_it_back_again()
    {
        var talk = new BotHarness().Conversation();
        await ReachStep(talk, "confirm-summary", Airline);

        var fix = await talk.Send("no").Asks("fix-step", saying: "Which part should I change?");
        Assert.Contains("The company", fix.Question!.SuggestedActions!.Actions.Select(a => a.Title));

        await talk.Send("The company").Asks("organisation", saying: "you said: \"Aerolinka\"");
        var again = await talk.Send("Aerolinka Airlines").Asks("confirm-summary", saying: "Here's what I heard");
        Assert.Equal("Aerolinka Airlines", again.Analysis!["organisation"]!.GetValue<string>());
        await talk.Send("yes").Asks("another");
    }

    [Fact]
    public async Task Two_experiences_end_with_a_comparison_and_two_saved_responses()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await ReachStep(talk, "another", Pharmacy);

        await talk.Send("yes").Asks("organisation", saying: "the other one");
        var turn = await talk.Send("Aerolinka");
        var second = new Dictionary<string, string>(Airline) { ["another"] = "no" };
        var asked = new List<string>();
        while (turn.StepId is { } id && id != "confirm-summary")
        {
            asked.Add(id);
            turn = await talk.Send(second.GetValueOrDefault(id, "skip"));
        }

        Assert.DoesNotContain("persona-name", asked);
        Assert.DoesNotContain("consent", asked);
        Assert.Equal("negative", turn.Analysis!["polarity"]!.GetValue<string>());

        await talk.Send("yes").Ends("how your two experiences compare");
        Assert.Equal(2, bot.Responses.All.Count);
        Assert.Equal(["Greenleaf Pharmacy", "Aerolinka"], bot.Responses.All.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Answers["organisation"]));
    }

    [Fact]
    public async Task The_analyst_is_told_once_the_analysed_run_is_over_and_not_before()
    {
        var analyst = new RunTrackingAnalyst(new InsightsInterviewAnalyst(new ExperienceAnalyzer()));
        var bot = new BotHarness(analyst: analyst);
        var talk = bot.Conversation();
        await ReachStep(talk, "another", Pharmacy);
        var run = Assert.Single(analyst.Analysed.Distinct());
        Assert.DoesNotContain(run, analyst.Ended);

        await talk.Send("no").Ends("Thank you");

        Assert.Contains(run, analyst.Ended);
        Assert.Equal(run + "-1", Assert.Single(bot.Responses.All).Id);
    }

    internal static async Task<BotHarness.Turn> ReachStep(BotHarness.Talk talk, string stepId, IReadOnlyDictionary<string, string> answers)
    {
        var turn = await talk.Join();
        for (var i = 0; i < 40 && turn.StepId != stepId; i++)
        {
            Assert.NotNull(turn.StepId);
            turn = await talk.Send(answers.GetValueOrDefault(turn.StepId!, "skip"));
        }

        Assert.True(turn.StepId == stepId, turn.ToString());
        return turn;
    }

    private static async Task<(List<string> Asked, System.Text.Json.Nodes.JsonObject Analysis)> Walk(BotHarness bot, Dictionary<string, string> answers)
    {
        var talk = bot.Conversation();
        var asked = await talk.AnswerUntilDone(await talk.Join(), answers);
        var analysis = Assert.Single(bot.Responses.All).Analysis!;
        return (asked, analysis);
    }
}
