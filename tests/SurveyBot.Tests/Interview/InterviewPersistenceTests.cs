using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Interview;
using SurveyBot.Scripts;

namespace SurveyBot.Tests.Interview;

/// <summary>Answers survive restarts; returning respondents resume; runs stay on their script version.</summary>
public sealed class InterviewPersistenceTests : IDisposable
{
    private const string ScriptV1 = """
        id: experience-interview
        title: Short
        steps:
          - { id: consent, kind: confirm, prompt: OK to keep your answers? }
          - { id: organisation, kind: text, prompt: Which company? }
          - { id: offering, kind: text, prompt: What did you buy? }
          - { id: polarity, kind: choice, prompt: How was it?, choices: [Positive, Negative] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("surveybot-scripts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly Dictionary<string, string> Answers = new()
    {
        ["consent"] = "yes",
        ["organisation"] = "Contoso",
        ["offering"] = "a phone",
        ["polarity"] = "Positive",
    };

    [Fact]
    public void A_transcript_line_is_kept_in_state_as_a_saved_response_stores_it()
    {
        var line = new TranscriptEntry(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), "bot", "Thanks!");

        Assert.Equal(
            """{"timestamp":"2026-03-02T09:30:00+00:00","sender":"bot","text":"Thanks!"}""",
            JsonSerializer.Serialize(line, InterviewJsonContext.Default.TranscriptEntry));
    }

    [Fact]
    public async Task Interview_resumes_at_the_unanswered_step_after_the_bot_restarts()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);

        var restarted = bot.Restarted();
        var again = restarted.Conversation();
        await again.Send("a phone").Asks("polarity");
        await again.Send("back").Asks("offering", saying: "you said: \"a phone\"");
    }

    [Fact]
    public async Task Dialog_stack_is_kept_in_conversation_state_and_a_fresh_bot_resumes_mid_prompt()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "rating", InterviewDialogTests.Pharmacy);
        await talk.Send("12").Asks("rating", saying: "from 1 to 5");

        var stored = (await bot.Storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"].Json;
        var stack = JsonNode.Parse(stored)!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal("experience-interview@" + bot.Catalog.Current("experience-interview")!.ContentHash, stack[0]!["id"]!.GetValue<string>());

        var again = bot.Restarted().Conversation();
        await again.Send("nine").Asks("rating", saying: "from 1 to 5");
        await again.Send("four stars").Asks("persona-name");
        await again.Send("back").Asks("rating", saying: "you said: \"4\"");
    }

    [Fact]
    public async Task Interview_saved_without_a_dialog_stack_asks_its_current_step_again()
    {
        var bot = new BotHarness();
        await InterviewDialogTests.ReachStep(bot.Conversation(), "offering", Answers);
        const string key = "test/conversations/conversation-1";
        var document = JsonNode.Parse((await bot.Storage.ReadAsync([key]))[key].Json)!.AsObject();
        Assert.True(document.Remove("dialogs"));
        await bot.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(), "*") });

        var again = bot.Restarted().Conversation();
        await again.Send("a phone").Asks("offering", saying: "(2 of ");
        await again.Send("a phone").Asks("polarity");
    }

    [Fact]
    public async Task Returning_user_in_a_new_conversation_can_resume_where_they_left_off()
    {
        var bot = new BotHarness();
        await InterviewDialogTests.ReachStep(bot.Conversation("monday"), "polarity", Answers);

        var tuesday = bot.Restarted().Conversation("tuesday");
        var offer = await tuesday.Join().Asks("resume", saying: "pick up where you left off");
        Assert.Equal(["Resume", "Start again"], offer.Question!.SuggestedActions!.Actions.Select(a => a.Title));

        await tuesday.Send("Resume").Asks("polarity", saying: "carry on where you left off");
        await tuesday.Send("back").Asks("offering", saying: "you said: \"a phone\"");
        Assert.DoesNotContain("test/conversations/monday", bot.Storage.Keys);
    }

    [Fact]
    public async Task Saved_transcript_of_a_resumed_interview_holds_both_conversations_in_order()
    {
        var bot = new BotHarness();
        await InterviewDialogTests.ReachStep(bot.Conversation("monday"), "polarity", Answers);
        var tuesday = bot.Conversation("tuesday");
        await tuesday.Join().Asks("resume");
        await tuesday.Send("Resume").Asks("polarity");

        var answers = new Dictionary<string, string>(Answers) { ["confirm-summary"] = "yes", ["another"] = "no" };
        await tuesday.AnswerUntilDone(await tuesday.Send("Positive"), answers);

        var said = Assert.Single(bot.Responses.All).Transcript.Where(t => t.Sender == "user").Select(t => (t.StepId, t.Text)).ToList();
        Assert.Equal(
            [("consent", "yes"), ("organisation", "Contoso"), ("offering", "a phone"), ("polarity", "Positive")],
            said.Take(4));
    }

    [Fact]
    public async Task Each_answer_is_appended_to_the_stored_transcript_beside_the_interview()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);
        const string key = "test/conversations/conversation-1";
        var before = JsonNode.Parse((await bot.Storage.ReadAsync([key]))[key].Json)!["transcript"]!.AsArray().Count;

        await talk.Send("a phone").Asks("polarity");

        var document = JsonNode.Parse((await bot.Storage.ReadAsync([key]))[key].Json)!;
        var transcript = document["transcript"]!.AsArray();
        Assert.Equal(before + 2, transcript.Count);
        Assert.Equal(("user", "a phone", "offering"), Line(transcript[^2]!));
        Assert.Equal(("bot", "polarity"), (Line(transcript[^1]!).Sender, Line(transcript[^1]!).StepId));
        Assert.Null(document["interview"]!["transcript"]);

        static (string Sender, string Text, string? StepId) Line(JsonNode line) =>
            (line["sender"]!.GetValue<string>(), line["text"]!.GetValue<string>(), line["stepId"]?.GetValue<string>());
    }

    [Fact]
    public async Task Respondents_pointer_to_their_interview_is_written_once_not_every_turn()
    {
        var bot = new BotHarness();
        var talk = bot.Conversation("monday", "ana");
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);
        const string key = "test/users/ana";
        var written = (await bot.Storage.ReadAsync([key]))[key].ETag;

        await talk.Send("a phone").Asks("polarity");
        await talk.Send("Positive").Asks("pre-purchase");

        Assert.Equal(written, (await bot.Storage.ReadAsync([key]))[key].ETag);
    }

    [Fact]
    public async Task Run_saved_with_its_transcript_inside_the_interview_keeps_every_line_after_an_upgrade()
    {
        var bot = new BotHarness();
        await InterviewDialogTests.ReachStep(bot.Conversation(), "offering", Answers);
        const string key = "test/conversations/conversation-1";
        var document = JsonNode.Parse((await bot.Storage.ReadAsync([key]))[key].Json)!.AsObject();
        var interview = document["interview"]!.AsObject();
        interview.Remove("lastQuestionStepId");
        interview["transcript"] = document["transcript"]!.DeepClone();
        document.Remove("transcript");
        await bot.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(), "*") });

        var upgraded = bot.Restarted().Conversation();
        var answers = new Dictionary<string, string>(Answers) { ["confirm-summary"] = "yes", ["another"] = "no" };
        await upgraded.AnswerUntilDone(await upgraded.Send("a phone"), answers);

        var said = Assert.Single(bot.Responses.All).Transcript.Where(t => t.Sender == "user").Select(t => (t.StepId, t.Text)).ToList();
        Assert.Equal([("consent", "yes"), ("organisation", "Contoso"), ("offering", "a phone")], said.Take(3));
    }

    [Fact]
    public async Task Returning_user_can_start_again_instead()
    {
        var bot = new BotHarness();
        await InterviewDialogTests.ReachStep(bot.Conversation("monday"), "polarity", Answers);

        var tuesday = bot.Conversation("tuesday");
        await tuesday.Join().Asks("resume");
        await tuesday.Send("start again").Asks("consent");
    }

    [Fact]
    public async Task Finished_respondent_is_not_offered_to_resume()
    {
        var bot = new BotHarness();
        var monday = bot.Conversation("monday");
        var answers = new Dictionary<string, string>(Answers) { ["confirm-summary"] = "yes", ["another"] = "no" };
        await monday.AnswerUntilDone(await monday.Join(), answers);

        await bot.Conversation("tuesday").Join().Asks("consent");
    }

    [Fact]
    public async Task Interview_pinned_to_a_changed_script_continues_on_the_version_it_started_with()
    {
        var bot = new BotHarness(LoadScript(ScriptV1));
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);

        var changed = ScriptV1.Replace("  - { id: offering, kind: text, prompt: What did you buy? }\n", "", StringComparison.Ordinal)
            .Replace("Which company?", "Which firm was it?", StringComparison.Ordinal);
        var redeployed = bot.Restarted(LoadScript(changed)).Conversation();

        await redeployed.Send("a phone").Asks("polarity");
        await redeployed.Send("back").Asks("offering", saying: "What did you buy?");

        var newcomer = bot.Restarted(LoadScript(changed)).Conversation("new-conversation", "new-user");
        await newcomer.Join();
        await newcomer.Send("yes").Asks("organisation", saying: "Which firm was it?");
        await newcomer.Send("Contoso").Asks("polarity");
    }

    [Fact]
    public async Task Script_version_is_archived_once_however_many_interviews_start_on_it()
    {
        var bot = new BotHarness(LoadScript(ScriptV1));
        await InterviewDialogTests.ReachStep(bot.Conversation("monday", "ana"), "offering", Answers);
        var key = Assert.Single(bot.Storage.Keys, k => k.StartsWith("surveybot/scripts/", StringComparison.Ordinal));
        var first = (await bot.Storage.ReadAsync([key]))[key].ETag;

        await InterviewDialogTests.ReachStep(bot.Conversation("tuesday", "ben"), "offering", Answers);

        Assert.Equal(first, (await bot.Storage.ReadAsync([key]))[key].ETag);
    }

    [Fact]
    public async Task Interview_whose_script_version_is_gone_says_so_and_offers_to_start_again()
    {
        var bot = new BotHarness(LoadScript(ScriptV1));
        var talk = bot.Conversation();
        await InterviewDialogTests.ReachStep(talk, "offering", Answers);
        foreach (var key in bot.Storage.Keys.Where(k => k.StartsWith("surveybot/scripts/", StringComparison.Ordinal)).ToList())
        {
            await bot.Storage.DeleteAsync([key]);
        }

        var redeployed = bot.Restarted(LoadScript(ScriptV1 + "# changed\n")).Conversation();
        await redeployed.Send("a phone").Asks("start-again", saying: "changed since you started");
        await redeployed.Send("yes").Asks("consent");
    }

    private ScriptCatalog LoadScript(string yaml)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(folder, "experience-interview.yaml"), yaml, new UTF8Encoding(false));
        return ScriptCatalog.Load(folder);
    }
}
