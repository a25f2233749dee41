using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>Compare and contrast of two analyses (DOMAIN: which touchpoints, feelings and moments differ).</summary>
internal static class ExperienceComparer
{
    private const int MaxAdvice = 6;

    public static ExperienceComparison Compare(ExperienceAnalysis first, ExperienceAnalysis second, LexiconStore lexicons)
    {
        var firstScore = Strength(first);
        var secondScore = Strength(second);
        var weaker = firstScore < secondScore ? "first" : secondScore < firstScore ? "second" : null;
        var advice = new List<string>();
        if (weaker is not null)
        {
            var weak = weaker == "first" ? first : second;
            advice.AddRange(weak.PainPoints.Select(p => lexicons.PainAdvice.GetValueOrDefault(p.Category)).OfType<string>());
            advice.AddRange(weak.Touchpoints.Where(t => t.Sentiment == "negative")
                .Select(t => lexicons.TouchpointAdvice.GetValueOrDefault(t.Category)).OfType<string>());
        }

        return new ExperienceComparison(
            Only(first.Touchpoints.Select(t => t.Category), second.Touchpoints.Select(t => t.Category)),
            Only(second.Touchpoints.Select(t => t.Category), first.Touchpoints.Select(t => t.Category)),
            Only(first.Feelings.Select(f => f.Emotion), second.Feelings.Select(f => f.Emotion)),
            Only(second.Feelings.Select(f => f.Emotion), first.Feelings.Select(f => f.Emotion)),
            first.DecisiveMoment,
            second.DecisiveMoment,
            first.MomentsOfTruth,
            second.MomentsOfTruth,
            first.Lifecycle.StagesReached(),
            second.Lifecycle.StagesReached(),
            weaker,
            advice.Distinct(StringComparer.Ordinal).Take(MaxAdvice).ToList());
    }

    // Polarity dominates; lifecycle depth and rating break ties.
    private static double Strength(ExperienceAnalysis a) =>
        (a.Polarity switch { "positive" => 3, "mixed" => 2, "neutral" => 2, _ => 0 })
        + (0.1 * a.Lifecycle.StagesReached().Count)
        + (0.05 * (a.Rating ?? 0));

    private static List<string> Only(IEnumerable<string> these, IEnumerable<string> others)
    {
        var exclude = others.ToHashSet(StringComparer.Ordinal);
        return these.Where(x => !exclude.Contains(x)).Distinct(StringComparer.Ordinal).ToList();
    }
}
