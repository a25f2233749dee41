namespace SurveyBot.Insights;

/// <summary>
/// The analysis of one recounted customer experience, in the shape of the analysis contract
/// (serialise it with <see cref="ExperienceAnalysisJson"/>).
/// </summary>
/// <param name="Organisation">The firm as the respondent named it, or null.</param>
/// <param name="Offering">The product or service, or null.</param>
/// <param name="Polarity"><c>positive</c>, <c>negative</c>, <c>mixed</c> or <c>neutral</c>.</param>
/// <param name="Rating">The 1–5 rating the respondent gave, or null.</param>
/// <param name="Touchpoints">Interactions, each once.</param>
/// <param name="Feelings">The respondent's own feelings.</param>
/// <param name="PainPoints">What went wrong.</param>
/// <param name="MomentsOfTruth">Moments in which an impression was formed.</param>
/// <param name="DecisiveMoment">The moment that most shaped the overall impression, or null.</param>
/// <param name="Lifecycle">Customer-lifecycle stages reached.</param>
/// <param name="Persona">The proto-persona.</param>
public sealed record ExperienceAnalysis(
    string? Organisation,
    string? Offering,
    string Polarity,
    double? Rating,
    IReadOnlyList<Touchpoint> Touchpoints,
    IReadOnlyList<Feeling> Feelings,
    IReadOnlyList<PainPoint> PainPoints,
    IReadOnlyList<MomentOfTruth> MomentsOfTruth,
    string? DecisiveMoment,
    Lifecycle Lifecycle,
    ProtoPersona Persona);
