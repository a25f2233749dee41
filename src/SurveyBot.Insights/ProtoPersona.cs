namespace SurveyBot.Insights;

/// <summary>An assumption-based persona built from one respondent's answers.</summary>
/// <param name="Name">First name or nickname, only when the respondent gave one.</param>
/// <param name="Age">Age in years, only when the respondent gave it.</param>
/// <param name="Occupation">Occupation, only when the respondent gave it.</param>
/// <param name="Behaviours">Habits and actions, e.g. "compares prices before buying".</param>
/// <param name="Goals">What the respondent wanted to achieve.</param>
/// <param name="Needs">What the respondent needed from the firm.</param>
/// <param name="Influences">What shaped the decision (price, a colleague, online ratings).</param>
/// <param name="Feelings">Emotion labels copied from the analysis.</param>
/// <param name="PainPoints">Pain-point categories copied from the analysis.</param>
public sealed record ProtoPersona(
    string? Name,
    int? Age,
    string? Occupation,
    IReadOnlyList<string> Behaviours,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Influences,
    IReadOnlyList<string> Feelings,
    IReadOnlyList<string> PainPoints)
{
    /// <summary>A persona about which nothing is known.</summary>
    public static ProtoPersona Empty { get; } = new(null, null, null, [], [], [], [], [], []);
}
