namespace SurveyBot.Insights.Analysis;

/// <summary>Finds the moments of truth and the decisive one from the stage-tagged clauses and touchpoints.</summary>
internal static class MomentFinder
{
    private const double Strong = 1.0;
    private const double Striking = 2.5;

    public static List<MomentOfTruth> Find(
        IReadOnlyList<ClauseFacts> clauses, IReadOnlyList<TouchpointBuilder.Draft> touchpoints, string overall, bool converted)
    {
        var moments = new List<MomentOfTruth>();

        // "We rented a car. I had compared prices first": research told just after the purchase still came before it.
        var research = clauses.FirstOrDefault(c => (c.Stage == Stages.PrePurchase
            && (c.Research || (c.Category is "word-of-mouth" or "reviews-social" && c.Ownership != "customer-owned")))
            || (c.Stage == Stages.Purchase && c.Research && c.Ownership != "customer-owned"));
        string? zmot = null;
        if (research is not null)
        {
            // Advice that led to a purchase drew the customer in, even when the story later turns sour.
            zmot = Sign(research.Score) ?? (converted ? "positive" : "neutral");
            moments.Add(new MomentOfTruth("ZMOT", zmot, research.Text));
        }

        // A purchase told after the first use ("I took the car in for its service") is still the first moment.
        var purchase = clauses.FirstOrDefault(c => c.PurchaseAct && c.Stage == Stages.Purchase)
            ?? clauses.FirstOrDefault(c => c.PurchaseAct && c.Ownership != "customer-owned");
        if (purchase is not null)
        {
            var atPurchase = touchpoints.Where(t => t.Stage == Stages.Purchase && !t.Minor).Sum(t => t.Score)
                + clauses.Where(c => c.Stage == Stages.Purchase && c.Category is null).Sum(c => c.Score);
            // With nothing said at the purchase itself, a wholly positive story began well too.
            var fmot = Sign(atPurchase)
                ?? (zmot == "positive" || overall == "positive" || touchpoints.Any(t => t.Category == "advertising") ? "positive" : "neutral");
            var evidence = touchpoints.FirstOrDefault(t => t.Stage == Stages.Purchase && Sign(t.Score) == fmot)?.Text ?? purchase.Text;
            moments.Add(new MomentOfTruth("FMOT", fmot, evidence));
        }

        var experienced = touchpoints
            .Where(t => t.Stage == Stages.PostPurchase && !t.Minor && t.Ownership != "customer-owned"
                && t.Category is not ("reviews-social" or "word-of-mouth"))
            .ToList();
        // Against a clear overall verdict, only a striking exception is a moment of its own.
        var best = experienced.Where(t => t.Score >= (overall == "negative" ? Striking : Strong)).MaxBy(t => t.Score);
        var worst = experienced.Where(t => t.Score <= -(overall == "positive" ? Striking : Strong)).MinBy(t => t.Score);
        if (best is not null)
        {
            moments.Add(new MomentOfTruth("SMOT", "positive", best.Text));
        }

        if (worst is not null)
        {
            moments.Add(new MomentOfTruth("SMOT", "negative", worst.Text));
        }

        foreach (var shared in touchpoints.Where(t => t.Ownership == "customer-owned"))
        {
            var polarity = shared.Sentiment != "neutral" ? shared.Sentiment
                : overall is "positive" or "negative" ? overall : "neutral";
            if (!moments.Exists(m => m.Moment == "UMOT" && m.Polarity == polarity))
            {
                moments.Add(new MomentOfTruth("UMOT", polarity, shared.Text));
            }
        }

        return moments;
    }

    public static string? Decisive(IReadOnlyList<MomentOfTruth> moments, string overall)
    {
        foreach (var label in (string[])["SMOT", "FMOT", "UMOT", "ZMOT"])
        {
            if (moments.Any(m => m.Moment == label && (m.Polarity == overall || overall is "mixed" or "neutral")))
            {
                return label;
            }
        }

        return moments.Count > 0 ? moments[0].Moment : null;
    }

    private static string? Sign(double score) => score >= 0.4 ? "positive" : score <= -0.4 ? "negative" : null;
}
