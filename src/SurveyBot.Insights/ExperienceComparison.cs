namespace SurveyBot.Insights;

/// <summary>Compare and contrast of two experiences.</summary>
/// <param name="TouchpointsOnlyInFirst">Touchpoint categories met in the first experience but not the second.</param>
/// <param name="TouchpointsOnlyInSecond">Touchpoint categories met in the second experience but not the first.</param>
/// <param name="FeelingsOnlyInFirst">Emotions felt in the first experience but not the second.</param>
/// <param name="FeelingsOnlyInSecond">Emotions felt in the second experience but not the first.</param>
/// <param name="FirstDecisiveMoment">The moment that decided the first experience, or null.</param>
/// <param name="SecondDecisiveMoment">The moment that decided the second experience, or null.</param>
/// <param name="FirstMoments">The moments of truth of the first experience.</param>
/// <param name="SecondMoments">The moments of truth of the second experience.</param>
/// <param name="FirstLifecycleStages">Lifecycle stages the first experience reached.</param>
/// <param name="SecondLifecycleStages">Lifecycle stages the second experience reached.</param>
/// <param name="Weaker"><c>first</c> or <c>second</c>: the weaker experience, or null when they are level.</param>
/// <param name="Recommendations">What the weaker firm should change.</param>
public sealed record ExperienceComparison(
    IReadOnlyList<string> TouchpointsOnlyInFirst,
    IReadOnlyList<string> TouchpointsOnlyInSecond,
    IReadOnlyList<string> FeelingsOnlyInFirst,
    IReadOnlyList<string> FeelingsOnlyInSecond,
    string? FirstDecisiveMoment,
    string? SecondDecisiveMoment,
    IReadOnlyList<MomentOfTruth> FirstMoments,
    IReadOnlyList<MomentOfTruth> SecondMoments,
    IReadOnlyList<string> FirstLifecycleStages,
    IReadOnlyList<string> SecondLifecycleStages,
    string? Weaker,
    IReadOnlyList<string> Recommendations);
