using System.Globalization;
using System.Text;

namespace SurveyBot.Insights;

/// <summary>Short readable summaries of analyses for a chat message or the command line.</summary>
public static class AnalysisTextRenderer
{
    /// <summary>A summary of one experience: verdict, touchpoints, feelings, pain points, moments, persona.</summary>
    /// <param name="analysis">The analysis to summarise.</param>
    public static string Render(ExperienceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = new StringBuilder();
        var firm = analysis.Organisation ?? "the firm";
        var offering = analysis.Offering is null ? string.Empty : $" ({analysis.Offering})";
        var rating = analysis.Rating is { } r ? string.Create(CultureInfo.InvariantCulture, $", rated {r}/5") : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"Experience with {firm}{offering}: {analysis.Polarity}{rating}").AppendLine();

        Section(text, "Touchpoints", analysis.Touchpoints.Select(t =>
            $"{Mark(t.Sentiment)} {t.Category} ({t.Stage}, {t.Ownership}): \"{t.Text}\""));
        Section(text, "Feelings", analysis.Feelings.Select(f => $"{f.Emotion} ({f.Valence}, {f.Stage}): \"{f.Text}\""));
        Section(text, "Pain points", analysis.PainPoints.Select(p => $"{p.Category}: \"{p.Text}\""));
        Section(text, "Moments of truth", analysis.MomentsOfTruth.Select(m =>
            $"{m.Moment} {m.Polarity}{(m.Moment == analysis.DecisiveMoment ? " (decisive)" : string.Empty)}: \"{m.Text}\""));

        var stages = analysis.Lifecycle.StagesReached();
        text.Append("Lifecycle: ").AppendLine(stages.Count == 0 ? "none reached" : string.Join(", ", stages));
        text.Append(Persona(analysis.Persona));
        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>A summary of how two experiences differ and what the weaker firm should change.</summary>
    /// <param name="comparison">The comparison to summarise.</param>
    public static string Render(ExperienceComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        Line(text, "Touchpoints only in the first", comparison.TouchpointsOnlyInFirst);
        Line(text, "Touchpoints only in the second", comparison.TouchpointsOnlyInSecond);
        Line(text, "Feelings only in the first", comparison.FeelingsOnlyInFirst);
        Line(text, "Feelings only in the second", comparison.FeelingsOnlyInSecond);
        text.Append(CultureInfo.InvariantCulture, $"Decided by: first {comparison.FirstDecisiveMoment ?? "-"}, second {comparison.SecondDecisiveMoment ?? "-"}").AppendLine();
        Line(text, "Lifecycle (first)", comparison.FirstLifecycleStages);
        Line(text, "Lifecycle (second)", comparison.SecondLifecycleStages);
        if (comparison.Weaker is not null)
        {
            Section(text, $"What the {comparison.Weaker} firm should change", comparison.Recommendations);
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string Persona(ProtoPersona persona)
    {
        var who = string.Join(", ", new[] { persona.Name, persona.Age?.ToString(CultureInfo.InvariantCulture), persona.Occupation }.OfType<string>());
        var text = new StringBuilder();
        text.Append("Persona: ").AppendLine(who.Length == 0 ? "(not stated)" : who);
        Line(text, "  Goals", persona.Goals);
        Line(text, "  Needs", persona.Needs);
        Line(text, "  Behaviours", persona.Behaviours);
        Line(text, "  Influences", persona.Influences);
        return text.ToString();
    }

    private static string Mark(string sentiment) => sentiment switch
    {
        "positive" => "+",
        "negative" => "-",
        _ => "o",
    };

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        text.Append(title).Append(':');
        if (items.Count == 0)
        {
            text.AppendLine(" none");
            return;
        }

        text.AppendLine();
        foreach (var line in items)
        {
            text.Append("  ").AppendLine(line);
        }
    }

    private static void Line(StringBuilder text, string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            text.Append(title).Append(": ").AppendLine(string.Join("; ", items));
        }
    }
}
