using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Analysis;

/// <summary>Decides which customer-lifecycle stages were reached.</summary>
internal static class LifecycleJudge
{
    // Staying, negated ("I won't be flying with them again"), is leaving. The negator must be close: "can't
    // wait to go back" stays.
    public static bool Lost(IReadOnlyList<ClauseFacts> clauses, LexiconStore lexicons) =>
        clauses.Any(c => lexicons.Lost.Any(c.Tokens, c.Clause.Start, c.Clause.End)
            || Said(c, lexicons.Retained, lexicons, negated: true) || Said(c, lexicons.Loyal, lexicons, negated: true));

    /// <summary>Whether the respondent stays or prefers the firm (and has not said they are leaving).</summary>
    public static bool Kept(IReadOnlyList<ClauseFacts> clauses, LexiconStore lexicons) =>
        !Lost(clauses, lexicons) && clauses.Any(c => Said(c, lexicons.Retained, lexicons) || Said(c, lexicons.Loyal, lexicons));

    public static Lifecycle Judge(
        IReadOnlyList<ClauseFacts> clauses,
        IReadOnlyList<TouchpointBuilder.Draft> touchpoints,
        IReadOnlyList<MomentOfTruth> moments,
        double? rating,
        LexiconStore lexicons)
    {
        var converted = Converted(clauses, touchpoints);
        var lost = Lost(clauses, lexicons);
        var retained = !lost && clauses.Any(c => Said(c, lexicons.Retained, lexicons));
        var loyal = !lost && clauses.Any(c => Said(c, lexicons.Loyal, lexicons));
        var advocating = moments.Any(m => m.Moment == "UMOT" && m.Polarity == "positive")
            || rating >= 4
            || clauses.Any(c => !c.ThirdPartyFirst
                && lexicons.Advocating.Any(c.Tokens, c.Clause.Start, c.Clause.End)
                && !lexicons.NotAdvocating.Any(c.Tokens, c.Clause.Start, c.Clause.End)
                && c.Ownership == "customer-owned");
        var reached = converted || touchpoints.Count > 0;
        return new Lifecycle(
            Reach: reached,
            Acquisition: converted || moments.Any(m => m.Moment == "ZMOT" && m.Polarity == "positive"),
            Conversion: converted,
            Retention: retained || loyal,
            Loyalty: loyal,
            Advocacy: advocating);
    }

    public static bool Converted(IReadOnlyList<ClauseFacts> clauses, IReadOnlyList<TouchpointBuilder.Draft> touchpoints) =>
        clauses.Any(c => c.PurchaseAct) || touchpoints.Any(t => t.Stage != Stages.PrePurchase);

    private static bool Said(ClauseFacts c, PhraseSet<bool> cues, LexiconStore lexicons, bool negated = false) =>
        cues.Matches(c.Tokens, c.Clause.Start, c.Clause.End)
            .Exists(m => negated == (!m.HasNegation && NegationScope.IsNegated(lexicons, c.Tokens, c.Clause.Start, m.Start, window: 2)));
}
