using System.Text.Json.Nodes;
using SurveyBot.Insights;
using SurveyBot.Interview;

namespace SurveyBot.Tests.Interview;

public sealed class InsightsInterviewAnalystTests
{
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["persona-name"] = "Sam",
        ["rating"] = "2",
    };

    private static readonly Dictionary<string, string?> NoStorySteps = [];

    [Fact]
    public void The_same_answers_summarised_again_give_the_same_analysis_as_a_separate_object()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());

        var first = analyst.Summarise("run-1", Answers, NoStorySteps);
        var second = analyst.Summarise("run-1", new Dictionary<string, string>(Answers, StringComparer.Ordinal), NoStorySteps);

        Assert.True(JsonNode.DeepEquals(first.Analysis, second.Analysis));
        Assert.Equal(first.Text, second.Text);
        first.Analysis["changed"] = true;
        Assert.False(second.Analysis.ContainsKey("changed"));
        Assert.False(analyst.Summarise("run-1", Answers, NoStorySteps).Analysis.ContainsKey("changed"));
    }

    [Fact]
    public void Different_answers_are_analysed_afresh()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());
        var other = new Dictionary<string, string>(Answers, StringComparer.Ordinal) { ["rating"] = "9" };

        Assert.False(JsonNode.DeepEquals(analyst.Summarise("run-1", Answers, NoStorySteps).Analysis, analyst.Summarise("run-1", other, NoStorySteps).Analysis));
    }

    [Fact]
    public void An_analysis_is_reused_within_its_run_only()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());

        var first = analyst.Summarise("run-1", Answers, NoStorySteps);

        Assert.Same(first.Text, analyst.Summarise("run-1", Answers, NoStorySteps).Text);
        var otherRun = analyst.Summarise("run-2", Answers, NoStorySteps);
        Assert.NotSame(first.Text, otherRun.Text);
        Assert.Equal(first.Text, otherRun.Text);
    }

    [Fact]
    public void An_ended_run_keeps_no_analysis_and_other_runs_keep_theirs()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());
        var ended = analyst.Summarise("run-1", Answers, NoStorySteps);
        var other = analyst.Summarise("run-2", Answers, NoStorySteps);

        analyst.EndRun("run-1");

        var again = analyst.Summarise("run-1", Answers, NoStorySteps);
        Assert.NotSame(ended.Text, again.Text);
        Assert.Equal(ended.Text, again.Text);
        Assert.Same(other.Text, analyst.Summarise("run-2", Answers, NoStorySteps).Text);
    }

    [Fact]
    public void The_saved_responses_answers_reuse_the_summarys_analysis()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());
        var atSummary = analyst.Summarise("run-1", Answers, NoStorySteps);

        var confirmed = new Dictionary<string, string>(Answers, StringComparer.Ordinal) { ["confirm-summary"] = "yes", ["another"] = "no" };

        Assert.Same(atSummary.Text, analyst.Summarise("run-1", confirmed, NoStorySteps).Text);
    }

    [Fact]
    public void An_answer_taken_back_is_analysed_afresh()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());
        var withName = analyst.Summarise("run-1", Answers, NoStorySteps);

        var withoutName = analyst.Summarise("run-1", new Dictionary<string, string>(StringComparer.Ordinal) { ["rating"] = "2" }, NoStorySteps);

        Assert.Equal("Sam", withName.Analysis["persona"]!["name"]!.GetValue<string>());
        Assert.Null(withoutName.Analysis["persona"]!["name"]);
    }

    [Fact]
    public void A_changed_answer_to_a_story_step_of_the_script_is_analysed_afresh()
    {
        var analyst = new InsightsInterviewAnalyst(new ExperienceAnalyzer());
        var storySteps = new Dictionary<string, string?> { ["story"] = null };
        var told = new Dictionary<string, string>(Answers, StringComparer.Ordinal) { ["story"] = "the courier lost my parcel" };
        var first = analyst.Summarise("run-1", told, storySteps);

        var corrected = analyst.Summarise("run-1", new Dictionary<string, string>(told, StringComparer.Ordinal) { ["story"] = "the courier came on time" }, storySteps);

        Assert.Contains(first.Analysis["touchpoints"]!.AsArray(), t => t!["category"]!.GetValue<string>() == "delivery");
        Assert.NotEqual(first.Text, corrected.Text);
    }
}
