namespace SurveyBot.Insights.Tests;

public sealed class ExperienceAnalyzerTests
{
    private static readonly ExperienceAnalyzer Analyzer = new();

    [Theory]
    [InlineData("The hotel was fine but honestly I was not happy with the room.", "happiness")]
    [InlineData("I am not angry, just tired of it.", "anger")]
    [InlineData("I wasn't impressed by the food at all.", "delight")]
    public void Negated_feelings_are_not_reported_as_themselves(string story, string emotion) =>
        Assert.DoesNotContain(Analyzer.Analyze(story).Feelings, f => f.Emotion == emotion);

    [Theory]
    [InlineData("The hotel was fine but honestly I was not happy with the room.", "disappointment")]
    [InlineData("The plumber came on time and fixed the leak, couldn't fault them.", "satisfaction")]
    [InlineData("I am not angry with the idea, but I am angry with the way they run it.", "anger")]
    [InlineData("After that I will never order from them again.", "disappointment")]
    [InlineData("so frustated with the app 😤 kept crashing", "frustration")]
    [InlineData("Honestly I felt massively relieved when the parcel turned up.", "relief")]
    [InlineData("I felt valued as a customer.", "trust")]
    [InlineData("I felt pressured into signing the contract.", "anxiety")]
    [InlineData("I have never been happier with a purchase.", "happiness")]
    public void Feelings_are_found_through_negation_typos_and_indirect_wording(string story, string emotion) =>
        Assert.Contains(Analyzer.Analyze(story).Feelings, f => f.Emotion == emotion);

    [Theory]
    [InlineData("The film started 20 min late, other people were confused and started leaving.", "confusion")]
    [InlineData("My sister felt looked after.", "trust")]
    [InlineData("Our kids loved it.", "happiness")]
    [InlineData("My husband was furious but I stayed calm.", "anger")]
    [InlineData("My husband was furious with me.", "anger")]
    public void Other_peoples_feelings_are_not_the_respondents(string story, string emotion) =>
        Assert.DoesNotContain(Analyzer.Analyze(story).Feelings, f => f.Emotion == emotion);

    [Theory]
    [InlineData("My sister and I were delighted.", "delight")]
    [InlineData("The kids were delighted and so was I.", "delight")]
    [InlineData("My husband was furious but I stayed calm.", "calm")]
    [InlineData("The staff made my day.", "delight")]
    public void The_respondents_own_feelings_are_kept_beside_other_peoples(string story, string emotion) =>
        Assert.Contains(Analyzer.Analyze(story).Feelings, f => f.Emotion == emotion);

    [Theory]
    [InlineData("The courier left my parcel in the rain and it was soaked.", "delivery", "partner-owned")]
    [InlineData("I bought it from a seller on the marketplace and the seller never replied to my message.", "customer-service", "partner-owned")]
    [InlineData("I booked through a travel agent who got the dates wrong.", "booking-ordering", "partner-owned")]
    [InlineData("My sister swore by them, so I tried them.", "word-of-mouth", "social-external")]
    [InlineData("A classmate recommended the bakery.", "word-of-mouth", "social-external")]
    [InlineData("My flatmate recommended the bakery.", "word-of-mouth", "social-external")]
    [InlineData("I read the reviews on Trustpilot before ordering and they were great.", "reviews-social", "social-external")]
    [InlineData("Before buying I watched a couple of YouTube reviews.", "reviews-social", "social-external")]
    [InlineData("I left a one star review on Google.", "reviews-social", "customer-owned")]
    [InlineData("I told all my friends to avoid them.", "word-of-mouth", "customer-owned")]
    [InlineData("I waited forty minutes on the phone before anyone picked up.", "customer-service", "brand-owned")]
    public void Touchpoints_carry_category_and_ownership(string story, string category, string ownership) =>
        Assert.Contains(Analyzer.Analyze(story).Touchpoints, t => t.Category == category && t.Ownership == ownership);

    [Theory]
    [InlineData("The receptionist took my details. The room was spotless and the breakfast was delicious, I loved it.", "positive")]
    [InlineData("The receptionist took my details. The room was filthy and the breakfast was awful.", "negative")]
    [InlineData("The receptionist took my details. The room was spotless, but the wifi kept dropping and checkout took an hour.", "neutral")]
    public void A_touchpoint_told_without_a_verdict_takes_the_colour_of_a_one_sided_story(string story, string sentiment) =>
        Assert.Contains(
            Analyzer.Analyze(story).Touchpoints,
            t => t.Category == "frontline-staff" && t.Text.StartsWith("The receptionist", StringComparison.Ordinal) && t.Sentiment == sentiment);

    [Fact]
    public void A_sentence_that_goes_on_about_the_same_interaction_adds_to_its_touchpoint()
    {
        var touchpoints = Analyzer.Analyze("They sent me a second bill for the same month. So I was charged twice.").Touchpoints;
        var billing = Assert.Single(touchpoints, t => t.Category == "payment-billing");
        Assert.Equal("They sent me a second bill for the same month. So I was charged twice", billing.Text);
    }

    [Theory]
    [InlineData("The bed was very comfortable. Breakfast, however, was a letdown.", "core-service")]
    [InlineData("The first waiter was rude. Then another waiter spilled wine on me.", "frontline-staff")]
    public void Separate_interactions_of_one_category_stay_separate(string story, string category) =>
        Assert.Equal(2, Analyzer.Analyze(story).Touchpoints.Count(t => t.Category == category));

    [Theory]
    [InlineData("Ordered a lamp online. It arrived broken and support never answered. I left a 1 star review.", "UMOT", "negative")]
    [InlineData("Great meal, lovely waiter. I recommended the place to two colleagues.", "UMOT", "positive")]
    [InlineData("A friend recommended the garage, so I booked a service. The mechanic was brilliant.", "ZMOT", "positive")]
    [InlineData("The delivery was three days late and the box was crushed.", "SMOT", "negative")]
    [InlineData("The kids loved the pizzas and so did I. Gave them 5 stars on Google this morning.", "UMOT", "positive")]
    public void Moments_of_truth_are_found(string story, string moment, string polarity) =>
        Assert.Contains(Analyzer.Analyze(story).MomentsOfTruth, m => m.Moment == moment && m.Polarity == polarity);

    [Theory]
    [InlineData("The staff were lovely and the room was spotless, but the wifi kept dropping and checkout took an hour.", "mixed")]
    [InlineData("Everything was perfect, friendly staff and a delicious meal. I loved it.", "positive")]
    [InlineData("They overcharged me, the agent was rude and I'm still waiting for a refund.", "negative")]
    [InlineData("mixed feelings tbh. great seats, awful booking site", "mixed")]
    [InlineData("It was by far the best meal we have had.", "positive")]
    [InlineData("A friend from work recommended the shop.", "positive")]
    [InlineData("The food was far from great.", "negative")]
    [InlineData("No wifi and terrible food.", "negative")]
    [InlineData("There was no fuss and great service.", "positive")]
    [InlineData("The room wasn't clean and tidy.", "negative")]
    [InlineData("The staff were not friendly or helpful.", "negative")]
    [InlineData("I have never been happier with a purchase.", "positive")]
    [InlineData("I couldn't ask for better service.", "positive")]
    [InlineData("The service never got better.", "negative")]
    [InlineData("The service could not have been worse.", "negative")]
    [InlineData("The staff could not have been nicer.", "positive")]
    [InlineData("I'm never using this airline again.", "negative")]
    [InlineData("I can't wait to order again.", "positive")]
    [InlineData("I don't think I'll go back.", "negative")]
    [InlineData("I can't see myself using them again.", "negative")]
    [InlineData("I couldn't believe how rude the manager was.", "negative")]
    [InlineData("I couldn't be more pleased with the result.", "positive")]
    [InlineData("I can't recommend them enough.", "positive")]
    [InlineData("I'd never heard of them before, but a friend swore by them.", "positive")]
    [InlineData("Nothing was too much trouble for the staff.", "positive")]
    [InlineData("I got a full refund without any questions.", "positive")]
    [InlineData("I would happily pay more for this level of service.", "positive")]
    [InlineData("I switched to a competitor the next day.", "negative")]
    public void Overall_polarity_weighs_the_whole_story(string story, string polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(story).Polarity);

    [Theory]
    [InlineData("The parcel came a week late.", "time-effort")]
    [InlineData("They charged me a hidden booking fee.", "financial")]
    [InlineData("The receptionist was rude and nobody called me back.", "support")]
    [InlineData("The jacket arrived damaged and not as pictured.", "product")]
    [InlineData("They sent the wrong item and the return process was unclear.", "process")]
    [InlineData("The shop charged my card twice.", "financial")]
    [InlineData("I was double billed for the same month.", "financial")]
    [InlineData("My refund took two months to come through.", "time-effort")]
    [InlineData("Nobody told me the flight was cancelled.", "support")]
    [InlineData("They didn't let us know the room wasn't ready.", "support")]
    [InlineData("We were kept in the dark for three days.", "support")]
    [InlineData("They changed the date without telling me.", "support")]
    [InlineData("The price on the website was different from what I paid.", "financial")]
    [InlineData("I was charged more than the quoted price.", "financial")]
    [InlineData("The final bill was higher than the quote.", "financial")]
    [InlineData("The invoice didn't match the quote.", "financial")]
    [InlineData("The manager refused to help.", "support")]
    [InlineData("Nobody answered the chat.", "support")]
    [InlineData("I never got my money back.", "financial")]
    [InlineData("They refused to honour the voucher.", "financial")]
    [InlineData("The app kept logging me out.", "process")]
    [InlineData("The checkout kept timing out.", "process")]
    [InlineData("The menu online was out of date.", "process")]
    [InlineData("Half the dishes weren't available.", "product")]
    [InlineData("They never once called me back.", "support")]
    [InlineData("I had to explain my problem to four different people.", "support")]
    [InlineData("I felt like just a number to them.", "support")]
    public void Pain_points_are_categorised(string story, string category) =>
        Assert.Contains(Analyzer.Analyze(story).PainPoints, p => p.Category == category);

    [Theory]
    [InlineData("No problems at all, the pizzas were hot and there were no mixups.")]
    [InlineData("The price was exactly as quoted, without extra costs.")]
    [InlineData("It cost less than the quote.")]
    [InlineData("They kept me updated the whole time.")]
    [InlineData("The staff let me know as soon as the room was ready.")]
    [InlineData("They gave me my money back straight away.")]
    [InlineData("They honoured the voucher without a fuss.")]
    [InlineData("The manager was available straight away.")]
    public void Negated_problems_are_not_pain_points(string story) =>
        Assert.Empty(Analyzer.Analyze(story).PainPoints);

    [Theory]
    [InlineData("Gave them 5 stars on Google this morning", 5.0)]
    [InlineData("i rated the driver 1 star", 1.0)]
    [InlineData("Overall four out of five for me.", 4.0)]
    public void A_rating_the_respondent_gave_is_recognised(string story, double rating) =>
        Assert.Equal(rating, Analyzer.Analyze(story).Rating);

    [Fact]
    public void Ratings_given_by_others_are_not_the_respondents()
    {
        var analysis = Analyzer.Analyze("Many users on the comparison site gave them four stars, so I switched.");
        Assert.Null(analysis.Rating);
    }

    [Fact]
    public void Persona_details_come_only_from_what_the_respondent_says()
    {
        var stated = Analyzer.Analyze("hey, it's Jamal, 27, I'm a sous chef. booked a ride home after my shift.").Persona;
        var unstated = Analyzer.Analyze("I booked a ride home after my shift and the driver was late.").Persona;
        Assert.Equal(("Jamal", 27, "sous chef"), (stated.Name, stated.Age, stated.Occupation));
        Assert.Equal((null, null, null), (unstated.Name, unstated.Age, unstated.Occupation));
    }

    [Fact]
    public void A_persona_written_out_in_the_story_gives_its_items_and_no_touchpoints()
    {
        var analysis = Analyzer.Analyze(
            "I ordered a sofa from Loungely and the delivery came two weeks late.\n\n"
            + "Proto-persona\n"
            + "Behaviour: compares prices online, pays by card\n"
            + "Goal: a comfortable sofa before Christmas\n"
            + "Needs: honest delivery dates, a call when plans change\n"
            + "Feelings: frustrated\n"
            + "Pain points: slow delivery, hidden fees");

        Assert.Equal(["compares prices online", "pays by card"], analysis.Persona.Behaviours);
        Assert.Equal(["a comfortable sofa before Christmas"], analysis.Persona.Goals);
        Assert.Equal(["honest delivery dates", "a call when plans change"], analysis.Persona.Needs);
        Assert.DoesNotContain(analysis.Touchpoints, t => t.Category is "price" or "payment-billing");
        Assert.Single(analysis.Touchpoints, t => t.Category == "delivery");
        Assert.Equal(["frustration"], analysis.Feelings.Select(f => f.Emotion));
        Assert.Contains(analysis.PainPoints, p => p.Category == "financial");
    }

    [Theory]
    [InlineData("I'm a 45-year-old nurse and I booked a city break with them.", null, 45, "nurse")]
    [InlineData("I am 19 and study law at Leeds.", null, 19, null)]
    [InlineData("Hi, Jo here, 32, teacher. The train was late.", "Jo", 32, "teacher")]
    [InlineData("Staff here were lovely, 10 out of 10.", null, null, null)]
    [InlineData("I'm 30 minutes late because of them.", null, null, null)]
    public void Persona_details_are_read_from_how_people_introduce_themselves(string story, string? name, int? age, string? occupation)
    {
        var persona = Analyzer.Analyze(story).Persona;
        Assert.Equal((name, age, occupation), (persona.Name, persona.Age, persona.Occupation));
    }

    [Theory]
    [InlineData("I request a refund within 14 days.\n\nYours faithfully,\nMargaret Hollis", "Margaret")]
    [InlineData("the rider was late again.\nthanks,\nTom", "Tom")]
    [InlineData("The driver carried my bags to the door, thanks, Tom!", null)]
    [InlineData("Please sort this out.\nKind regards,\nPriya", "Priya")]
    [InlineData("Great shop, thanks Contoso for the quick delivery.", null)]
    [InlineData("It was fine, cheers.", null)]
    public void A_letter_or_message_gives_its_writers_name_where_it_signs_off(string story, string? name) =>
        Assert.Equal(name, Analyzer.Analyze(story).Persona.Name);

    [Theory]
    [InlineData("Would I go back? Already did, they're my go-to now.", true, true)]
    [InlineData("I did not renew after the first month.", false, false)]
    [InlineData("Not using them again, there are other apps.", false, false)]
    [InlineData("I won't be flying with them again.", false, false)]
    [InlineData("Can't wait to go back.", true, false)]
    [InlineData("I can't wait to order again.", true, false)]
    [InlineData("I don't think I'll go back.", false, false)]
    [InlineData("I don't think we'll go back there.", false, false)]
    [InlineData("I will definitely be going back.", true, false)]
    [InlineData("I wouldn't shop anywhere else.", true, true)]
    public void Retention_and_loyalty_follow_what_the_respondent_says(string story, bool retention, bool loyalty)
    {
        var lifecycle = Analyzer.Analyze("I ordered a repair. " + story).Lifecycle;
        Assert.Equal((retention, loyalty), (lifecycle.Retention, lifecycle.Loyalty));
    }

    [Fact]
    public void An_interview_takes_stage_from_the_step_and_polarity_from_the_polarity_answer()
    {
        var answers = new Dictionary<string, string>
        {
            ["organisation"] = "Northwind Broadband",
            ["offering"] = "home internet",
            ["polarity"] = "Mixed",
            ["pre-purchase"] = "my colleague recommended them",
            ["purchase"] = "signed up online in five minutes, very easy",
            ["post-purchase"] = "the engineer never turned up and the hotline kept me on hold for an hour",
            ["feelings"] = "frustrated",
            ["actions"] = "I warned my friends about them",
            ["rating"] = "two out of five",
            ["persona-name"] = "skip",
            ["persona-age"] = "34",
            ["persona-occupation"] = "nurse",
            ["goals"] = "work from home, stream films",
            ["needs"] = "a stable connection and a callback",
        };

        var analysis = Analyzer.AnalyzeInterview(answers);

        Assert.Equal(("Northwind Broadband", "home internet", "mixed", 2.0), (analysis.Organisation, analysis.Offering, analysis.Polarity, analysis.Rating));
        Assert.Contains(analysis.Touchpoints, t => t.Category == "word-of-mouth" && t.Stage == "pre-purchase");
        Assert.Contains(analysis.Touchpoints, t => t.Category == "customer-service" && t.Stage == "post-purchase" && t.Sentiment == "negative");
        Assert.Contains(analysis.Feelings, f => f.Emotion == "frustration");
        Assert.Equal((null, 34, "nurse"), (analysis.Persona.Name, analysis.Persona.Age, analysis.Persona.Occupation));
        Assert.Equal(["work from home", "stream films"], analysis.Persona.Goals);
        Assert.Equal(["a stable connection", "a callback"], analysis.Persona.Needs);
    }

    [Fact]
    public void A_story_step_of_the_script_is_analysed_at_the_stage_its_words_name()
    {
        var answers = new Dictionary<string, string>
        {
            ["polarity"] = "Negative",
            ["purchase"] = "I booked the room on their website",
            ["post-purchase"] = "the stay itself was fine",
            ["what-went-wrong"] = "I was overcharged at the checkout and the courier left the parcel in the rain",
        };

        var analysis = Analyzer.AnalyzeInterview(answers, new Dictionary<string, string?> { ["what-went-wrong"] = null });

        Assert.Contains(analysis.PainPoints, p => p.Category == "financial");
        Assert.Contains(analysis.Touchpoints, t => t.Category == "payment-billing" && t.Stage == "purchase" && t.Sentiment == "negative");
        Assert.Contains(analysis.Touchpoints, t => t.Category == "delivery" && t.Stage == "post-purchase" && t.Sentiment == "negative");
    }

    [Fact]
    public void A_story_step_of_the_script_with_a_stage_is_analysed_at_that_stage()
    {
        var answers = new Dictionary<string, string>
        {
            ["polarity"] = "Positive",
            ["purchase"] = "I ordered a sofa in the shop",
            ["at-home"] = "the driver called ahead and carried it upstairs for me, I was delighted",
        };

        var analysis = Analyzer.AnalyzeInterview(answers, new Dictionary<string, string?> { ["at-home"] = "post-purchase" });

        Assert.Contains(analysis.Touchpoints, t => t.Stage == "post-purchase" && t.Sentiment == "positive");
        Assert.Contains(analysis.Feelings, f => f.Emotion == "delight");
    }

    [Fact]
    public void The_default_interviews_steps_keep_their_meaning_whatever_stage_a_script_gives_them()
    {
        var answers = new Dictionary<string, string>
        {
            ["post-purchase"] = "the parcel arrived late and the box was crushed",
            ["feelings"] = "annoyed",
        };

        Assert.Equal(
            ExperienceAnalysisJson.Serialize(Analyzer.AnalyzeInterview(answers)),
            ExperienceAnalysisJson.Serialize(Analyzer.AnalyzeInterview(answers, new Dictionary<string, string?> { ["post-purchase"] = "pre-purchase", ["feelings"] = "purchase" })));
    }

    [Fact]
    public void Answers_to_steps_the_analysis_does_not_read_leave_it_as_it_was()
    {
        var analysed = new Dictionary<string, string>
        {
            ["organisation"] = "Aerolinka",
            ["polarity"] = "it was bad",
            ["post-purchase"] = "my suitcase did not arrive and the hotline kept me on hold",
            ["feelings"] = "angry",
            ["rating"] = "1",
            ["persona-age"] = "41",
            ["needs"] = "my bag back",
        };
        var withOthers = new Dictionary<string, string>(analysed)
        {
            ["consent"] = "yes",
            ["could-have-done"] = "refund me the ticket and apologise",
            ["confirm-summary"] = "yes",
            ["another"] = "no",
        };

        Assert.Equal(
            ExperienceAnalysisJson.Serialize(Analyzer.AnalyzeInterview(analysed)),
            ExperienceAnalysisJson.Serialize(Analyzer.AnalyzeInterview(withOthers)));
        Assert.All(analysed.Keys, step => Assert.Contains(step, ExperienceAnalyzer.AnalysedStepIds));
        Assert.DoesNotContain("confirm-summary", ExperienceAnalyzer.AnalysedStepIds);
        Assert.DoesNotContain("could-have-done", ExperienceAnalyzer.AnalysedStepIds);
    }

    [Fact]
    public void An_answer_is_analysed_at_the_stage_of_its_step()
    {
        var answer = Analyzer.AnalyzeAnswer("post-purchase", "the parcel arrived late and the box was crushed");
        Assert.Equal("post-purchase", answer.Stage);
        Assert.All(answer.Touchpoints, t => Assert.Equal("post-purchase", t.Stage));
        Assert.Contains(answer.PainPoints, p => p.Category == "time-effort");
    }

    [Fact]
    public void Comparing_two_experiences_names_the_weaker_and_what_it_should_change()
    {
        var good = Analyzer.Analyze("The waiter was lovely and the meal was delicious. I recommended them to my sister.");
        var bad = Analyzer.Analyze("The delivery was a week late, the courier was rude and I never got a refund.");

        var comparison = Analyzer.Compare(good, bad);

        Assert.Equal("second", comparison.Weaker);
        Assert.Contains("frontline-staff", comparison.TouchpointsOnlyInFirst);
        Assert.Contains("delivery", comparison.TouchpointsOnlyInSecond);
        Assert.NotEmpty(comparison.Recommendations);
    }
}
