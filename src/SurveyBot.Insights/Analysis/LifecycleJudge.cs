using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Analysis;

/// <summary>Decides which customer-lifecycle stages were reached.</summary>
internal static class LifecycleJudge
{
    // Staying, negated ("I won't be flying with them again"), is leaving. The negator must be close: "can't
    // wait to go back" stays.
    public static Staying ReadStaying(IReadOnlyList<ClauseFacts> clauses, LexiconStore lexicons)
    {
        var lost = clauses.Any(c => lexicons.Lost.Any(c.Tokens, c.Clause.Start, c.Clause.End)
            || Said(c, lexicons.Retained, lexicons, negated: true) || Said(c, lexicons.Loyal, lexicons, negated: true));
        return new Staying(
            lost,
            !lost && clauses.Any(c => Said(c, lexicons.Retained, lexicons)),
            !lost && clauses.Any(c => Said(c, lexicons.Loyal, lexicons)));
    }

    public static Lifecycle Judge(
        IReadOnlyList<ClauseFacts> clauses,
        IReadOnlyList<TouchpointBuilder.Draft> touchpoints,
        IReadOnlyList<MomentOfTruth> moments,
        double? rating,
        Staying staying,
        bool converted,
        LexiconStore lexicons)
    {
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
            Retention: staying.Kept,
            Loyalty: staying.Loyal,
            Advocacy: advocating);
    }

    public static bool Converted(IReadOnlyList<ClauseFacts> clauses, IReadOnlyList<TouchpointBuilder.Draft> touchpoints) =>
        clauses.Any(c => c.PurchaseAct) || touchpoints.Any(t => t.Stage != Stages.PrePurchase);

    private static bool Said(ClauseFacts c, PhraseSet<bool> cues, LexiconStore lexicons, bool negated = false) =>
        cues.Matches(c.Tokens, c.Clause.Start, c.Clause.End)
            .Exists(m => negated == (!m.HasNegation && NegationScope.IsNegated(lexicons, c.Tokens, c.Clause.Start, m.Start, window: 2)));

    /// <summary>What the respondent says of staying with the firm; a word of leaving outweighs staying.</summary>
    public readonly record struct Staying(bool Lost, bool Retained, bool Loyal)
    {
        /// <summary>Stays or prefers the firm, and has not said they are leaving.</summary>
        public bool Kept => Retained || Loyal;
    }
}
