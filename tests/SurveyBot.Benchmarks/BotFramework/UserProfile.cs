namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>The benchmark user's profile in user state.</summary>
public sealed class UserProfile
{
    public List<SurveyRecord> Surveys { get; set; } = [];
}
