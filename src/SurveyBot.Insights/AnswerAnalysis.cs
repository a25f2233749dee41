namespace SurveyBot.Insights;

/// <summary>The analysis of one interview answer.</summary>
/// <param name="StepId">The interview step the answer belongs to.</param>
/// <param name="Stage">The journey stage the step stands for, or null when the step has none.</param>
/// <param name="Touchpoints">Touchpoints in the answer.</param>
/// <param name="Feelings">Feelings in the answer.</param>
/// <param name="PainPoints">Pain points in the answer.</param>
/// <param name="Polarity">The polarity the answer expresses, or null.</param>
/// <param name="Rating">A rating given in the answer, or null.</param>
public sealed record AnswerAnalysis(
    string StepId,
    string? Stage,
    IReadOnlyList<Touchpoint> Touchpoints,
    IReadOnlyList<Feeling> Feelings,
    IReadOnlyList<PainPoint> PainPoints,
    string? Polarity,
    double? Rating);
