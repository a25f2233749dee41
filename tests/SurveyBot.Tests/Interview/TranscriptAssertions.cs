namespace SurveyBot.Tests.Interview;

/// <summary>Assertions that keep a test readable as a conversation; a failure prints the turn.</summary>
internal static class TranscriptAssertions
{
    /// <summary>The bot's last question carries <c>channelData.surveyStep.id</c> = <paramref name="stepId"/>.</summary>
    public static async Task<BotHarness.Turn> Asks(this Task<BotHarness.Turn> pending, string stepId, string? saying = null)
    {
        var turn = await pending;
        Assert.True(turn.StepId == stepId, $"expected the bot to ask '{stepId}', but it asked '{turn.StepId}'\n{turn}");
        if (saying is not null)
        {
            Assert.True(turn.Text.Contains(saying, StringComparison.OrdinalIgnoreCase), $"expected the bot to say \"{saying}\"\n{turn}");
        }

        return turn;
    }

    /// <summary>The bot says <paramref name="saying"/> and asks nothing.</summary>
    public static async Task<BotHarness.Turn> Ends(this Task<BotHarness.Turn> pending, string saying)
    {
        var turn = await pending;
        Assert.True(turn.Question is null, $"expected no further question\n{turn}");
        Assert.True(turn.Text.Contains(saying, StringComparison.OrdinalIgnoreCase), $"expected the bot to say \"{saying}\"\n{turn}");
        return turn;
    }

    /// <summary>Answers whatever the bot asks from <paramref name="answers"/> (by step id, "skip" when absent) until it stops asking.</summary>
    public static async Task<List<string>> AnswerUntilDone(this BotHarness.Talk talk, BotHarness.Turn current, IReadOnlyDictionary<string, string> answers, int maxTurns = 60)
    {
        var asked = new List<string>();
        for (var i = 0; i < maxTurns && current.StepId is { } stepId; i++)
        {
            asked.Add(stepId);
            current = await talk.Send(answers.TryGetValue(stepId, out var answer) ? answer : "skip");
            Assert.Empty(current.Failures);
        }

        Assert.True(current.Question is null, "the interview did not end\n" + current);
        return asked;
    }
}
