using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Decides the overall polarity: the respondent's own verdict ("a mixed experience") wins; otherwise the
/// weight of positive and negative touchpoints and feelings decides, with mixed in between.
/// </summary>
internal static class PolarityJudge
{
    private const double PositiveShare = 0.68;
    private const double NegativeShare = 0.32;

    public static string Judge(
        IReadOnlyList<ClauseFacts> clauses,
        IReadOnlyList<TouchpointBuilder.Draft> touchpoints,
        IReadOnlyList<Feeling> feelings,
        double? rating,
        bool lost,
        bool kept,
        LexiconStore lexicons)
    {
        var stated = new List<string>();
        foreach (var c in clauses)
        {
            stated.AddRange(lexicons.PolarityStatements.Matches(c.Tokens, c.Clause.Start, c.Clause.End)
                .Where(m => !lexicons.Negators.EndsAt(c.Tokens, c.Clause.Start, m.Start))
                .Select(m => m.Value));
        }

        if (stated.Contains("mixed"))
        {
            return "mixed";
        }

        if (stated.Count > 0)
        {
            return stated[0];
        }

        double positive = 0, negative = 0;
        foreach (var t in touchpoints.Where(t => !t.Minor))
        {
            var s = Math.Clamp(t.Score, -2, 2);
            if (s > 0)
            {
                positive += s;
            }
            else
            {
                negative -= s;
            }
        }

        foreach (var f in feelings)
        {
            if (f.Valence == "positive")
            {
                positive += 1.5;
            }
            else if (f.Valence == "negative")
            {
                negative += 1.5;
            }
        }

        if (rating is { } r)
        {
            positive += r >= 4 ? 3 : 0;
            negative += r <= 2 ? 3 : 0;
        }

        if (lost)
        {
            negative += 2;
        }

        // Staying with the firm is a verdict too, the mirror of leaving it.
        if (kept)
        {
            positive += 2;
        }

        var total = positive + negative;
        if (total < 0.5)
        {
            return "neutral";
        }

        var share = positive / total;
        return share >= PositiveShare ? "positive" : share <= NegativeShare ? "negative" : "mixed";
    }
}
