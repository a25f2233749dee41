using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>Runs the whole analysis over one or more pieces of text about the same experience.</summary>
internal sealed class StoryAnalyzer(LexiconStore lexicons)
{
    private readonly ClauseReader _reader = new(lexicons);

    public Result Run(IReadOnlyList<Segment> segments)
    {
        var clauses = new List<ClauseFacts>();
        var notes = new List<PersonaNotes>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            notes.Add(PersonaNotes.Read(segments[i].Text));
            var read = _reader.Read(segments[i].Text, i, notes[i]);
            StageTracker.Assign(read, segments[i].Stage, lexicons);
            clauses.AddRange(read);
        }

        var drafts = TouchpointBuilder.Build(clauses);
        var rating = StoryRatingFinder.Find(clauses, lexicons);
        var pains = Pains(clauses);
        var rawFeelings = Feelings(clauses, null);
        var staying = LifecycleJudge.ReadStaying(clauses, lexicons);
        var polarity = PolarityJudge.Judge(clauses, drafts, rawFeelings, rating, staying.Lost, staying.Kept, lexicons);
        var feelings = Feelings(clauses, polarity);
        var converted = LifecycleJudge.Converted(clauses, drafts);
        var moments = MomentFinder.Find(clauses, drafts, polarity, converted);
        var lifecycle = LifecycleJudge.Judge(clauses, drafts, moments, rating, staying, converted, lexicons);
        return new Result(clauses, drafts, drafts.ConvertAll(d => TouchpointBuilder.ToTouchpoint(d, polarity)), feelings, pains, moments,
            MomentFinder.Decisive(moments, polarity), polarity, rating, lifecycle, notes);
    }

    private static List<PainPoint> Pains(List<ClauseFacts> clauses)
    {
        var pains = new List<PainPoint>();
        foreach (var c in clauses)
        {
            foreach (var (category, text) in c.Pains)
            {
                if (!pains.Exists(p => p.Category == category && p.Text == text))
                {
                    pains.Add(new PainPoint(category, text));
                }
            }
        }

        return pains;
    }

    private List<Feeling> Feelings(List<ClauseFacts> clauses, string? overall)
    {
        var feelings = new List<Feeling>();
        foreach (var c in clauses)
        {
            foreach (var (emotion, negated, _) in c.Emotions)
            {
                var label = negated ? lexicons.WhenNegated.GetValueOrDefault(emotion) : emotion;
                if (label is null || feelings.Exists(f => f.Emotion == label))
                {
                    continue;
                }

                var valence = lexicons.Valence[label];
                if (valence == "neutral")
                {
                    // Surprise takes the colour of what surprised the respondent.
                    valence = c.Score >= 0.4 ? "positive" : c.Score <= -0.4 ? "negative"
                        : overall is "positive" or "negative" ? overall : "neutral";
                }

                feelings.Add(new Feeling(label, valence, c.Stage, c.Text));
            }
        }

        return feelings;
    }

    /// <summary>Everything the analysis found, before answers and persona are added.</summary>
    internal sealed record Result(
        List<ClauseFacts> Clauses,
        List<TouchpointBuilder.Draft> Drafts,
        List<Touchpoint> Touchpoints,
        List<Feeling> Feelings,
        List<PainPoint> PainPoints,
        List<MomentOfTruth> Moments,
        string? DecisiveMoment,
        string Polarity,
        double? Rating,
        Lifecycle Lifecycle,
        List<PersonaNotes> Notes);
}
