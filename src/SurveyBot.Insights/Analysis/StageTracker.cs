using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Assigns each clause a journey stage. A story is told roughly in order, so a cursor moves forward from
/// pre-purchase when the buying act and then use, delivery or support appear; some touchpoints belong to a
/// stage by nature (advertising and advice received come before buying).
/// </summary>
internal static class StageTracker
{
    private static readonly HashSet<string> PostCategories =
        new(StringComparer.Ordinal) { "delivery", "returns-refunds", "customer-service", "core-service", "packaging", "frontline-staff", "environment", "product", "communication" };

    public static void Assign(IReadOnlyList<ClauseFacts> clauses, string? forced, LexiconStore lexicons)
    {
        var cursor = Stages.PrePurchase;
        foreach (var f in clauses)
        {
            if (forced is not null)
            {
                f.Stage = forced;
                continue;
            }

            var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
            var given = f.Ownership == "customer-owned";
            if (f.PurchaseAct && Stages.Rank(cursor) < 1)
            {
                cursor = Stages.Purchase;
            }
            else if (Stages.Rank(cursor) < 1 && lexicons.PrePurchase.Any(tokens, start, end))
            {
                // A stated need or search ("I needed a bank account") comes before buying, whatever it names.
            }
            else if (given || lexicons.PostPurchase.Any(tokens, start, end)
                || (f.Category is { } c && PostCategories.Contains(c) && (Stages.Rank(cursor) >= 1 || c is "delivery" or "returns-refunds" or "core-service" or "customer-service")))
            {
                cursor = Stages.PostPurchase;
            }

            f.Stage = f.Category switch
            {
                "advertising" when cursor != Stages.PostPurchase => Stages.PrePurchase,
                "word-of-mouth" or "reviews-social" when !given && cursor != Stages.PostPurchase => Stages.PrePurchase,
                "booking-ordering" or "payment-billing" when cursor != Stages.PostPurchase => Stages.Purchase,
                _ => cursor,
            };
        }
    }
}
