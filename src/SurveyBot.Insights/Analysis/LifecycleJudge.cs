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
        bool lost = false, retained = false, loyal = false;
        foreach (var c in clauses)
        {
            var (stays, staysNegated) = Said(c, lexicons.Retained, lexicons);
            var (prefers, prefersNegated) = Said(c, lexicons.Loyal, lexicons);
            lost |= staysNegated || prefersNegated || lexicons.Lost.Any(c.Tokens, c.Clause.Start, c.Clause.End);
            retained |= stays;
            loyal |= prefers;
        }

        return new Staying(lost, !lost && retained, !lost && loyal);
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

    // Whether the clause says it plainly, and whether it says it negated.
    private static (bool Plainly, bool Negated) Said(ClauseFacts c, PhraseSet<bool> cues, LexiconStore lexicons)
    {
        bool plainly = false, negated = false;
        foreach (var m in cues.Matches(c.Tokens, c.Clause.Start, c.Clause.End))
        {
            if (!m.HasNegation && NegationScope.IsNegated(lexicons, c.Tokens, c.Clause.Start, m.Start, window: 2))
            {
                negated = true;
            }
            else
            {
                plainly = true;
            }
        }

        return (plainly, negated);
    }

    /// <summary>What the respondent says of staying with the firm; a word of leaving outweighs staying.</summary>
    public readonly record struct Staying(bool Lost, bool Retained, bool Loyal)
    {
        /// <summary>Stays or prefers the firm, and has not said they are leaving.</summary>
        public bool Kept => Retained || Loyal;
    }
}
