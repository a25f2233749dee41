using System.Globalization;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Interview;

/// <summary>What becomes of the answers: the summary played back, the comparison of two experiences, the saved responses.</summary>
internal static class ExperienceRecorder
{
    public static Task PlayBackAsync(InterviewTurn turn, InterviewFlow flow)
    {
        var experience = turn.State.ExperienceIndex;
        var summary = turn.Services.Analyst.Summarise(turn.State.RunId, flow.AnswersOf(experience), flow.Script.StorySteps);
        var heading = experience == 0 ? "Here's what I heard:" : "Here's what I heard about this experience:";
        return turn.SayAsync(heading + "\n\n" + summary.Text, new JsonObject { ["surveyAnalysis"] = summary.Analysis });
    }

    public static async Task CompareAsync(InterviewTurn turn, InterviewFlow flow)
    {
        if (turn.State.ExperienceIndex > 0 && !turn.State.Compared)
        {
            turn.State.Compared = true;
            var comparison = turn.Services.Analyst.Compare(turn.State.RunId, flow.AnswersOf(0), flow.AnswersOf(1), flow.Script.StorySteps);
            await turn.SayAsync("Thank you. Here's how your two experiences compare:\n\n" + comparison);
        }
    }

    public static async Task CompleteAsync(InterviewTurn turn, InterviewFlow flow)
    {
        await CompareAsync(turn, flow);
        var state = turn.State;
        for (var experience = 0; experience < state.Experiences.Count; experience++)
        {
            await SaveAsync(turn, flow, experience);
        }

        state.Status = InterviewStatus.Completed;
        state.CurrentStepId = null;
        InterviewLog.Completed(turn.Services.Logger, flow.Script.Id, turn.ConversationId, state.Experiences.Count);
        await turn.SayAsync(flow.Script.Closing ?? "Thank you, that's everything!");
    }

    public static async Task SaveAsync(InterviewTurn turn, InterviewFlow flow, int experience)
    {
        var state = turn.State;
        var now = turn.Services.Time.GetUtcNow();
        var answers = flow.AnswersOf(experience);
        turn.RecordSent();
        var response = new InterviewResponse(
            Id: string.Create(CultureInfo.InvariantCulture, $"{state.RunId}-{experience + 1}"),
            ScriptId: state.ScriptId,
            ScriptVersion: state.ScriptHash,
            ChannelId: turn.ChannelId,
            ConversationId: turn.ConversationId,
            UserId: turn.UserId,
            StartedAt: state.StartedAt ?? now,
            CompletedAt: now,
            Answers: answers,
            Analysis: turn.Services.Analyst.Summarise(state.RunId, answers, flow.Script.StorySteps).Analysis,
            Transcript: await turn.TranscriptAsync());
        turn.Context.LeaveAdmission();
        await turn.Services.Responses.SaveAsync(response, turn.CancellationToken);
    }
}
