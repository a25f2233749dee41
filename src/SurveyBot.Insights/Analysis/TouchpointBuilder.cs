namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Turns clause cues into touchpoints: clauses of one sentence about the same category are one interaction,
/// a following clause without a cue but with a verdict ("..., and I waited 30 minutes") adds to it, and so
/// does a next sentence that points back to it ("So I was charged twice"), so an interaction is reported once.
/// </summary>
internal static class TouchpointBuilder
{
    private const double Threshold = 0.4;
    private const int WeakCue = 5;

    public static List<Draft> Build(IReadOnlyList<ClauseFacts> clauses)
    {
        var drafts = new List<Draft>();
        Draft? open = null;
        Draft? previous = null;
        foreach (var f in clauses)
        {
            if (open is not null && open.LastSentenceKey != f.SentenceKey)
            {
                previous = open;
                open = null;
            }

            if (f.Category is { } category)
            {
                if (open is not null && open.Category == category)
                {
                    open.Add(f);
                    continue;
                }

                // A sentence that goes on about the interaction the one before ended with ("They sent me a
                // second bill. So I was charged twice.") tells the same interaction.
                if (open is null && previous is not null && previous.Continues(f))
                {
                    open = previous;
                    open.Add(f);
                    continue;
                }

                open = new Draft(category, f);
                drafts.Add(open);
            }
            else if (open is not null && (Math.Abs(f.Score) >= Threshold || f.Pains.Count > 0 || open.Score == 0))
            {
                open.Add(f);
            }
        }

        // A weak cue ("service", "app") with no verdict is noise, not an interaction worth reporting.
        drafts.RemoveAll(d => d.Priority <= WeakCue && d.Sentiment == "neutral");
        return drafts;
    }

    public static Touchpoint ToTouchpoint(Draft d, string overall) => new(d.Category, d.Ownership, d.Stage, Verdict(d, overall), d.Text);

    // A touchpoint told without evaluative words ("the mechanic checked it in front of me") takes the colour
    // of a story that has only one: the respondent's verdict on it is the story's (an advert in a bad
    // experience is a promise that was broken). In a mixed story it stays neutral.
    private static string Verdict(Draft d, string overall) =>
        d.Sentiment == "neutral" && overall is "positive" or "negative" ? overall : d.Sentiment;

    /// <summary>A touchpoint being assembled from clauses.</summary>
    internal sealed class Draft
    {
        private readonly List<ClauseFacts> _clauses = [];

        public Draft(string category, ClauseFacts first)
        {
            Category = category;
            First = first;
            Ownership = first.Ownership;
            Stage = first.Stage;
            Priority = first.CuePriority;
            Add(first);
        }

        public string Category { get; }

        public ClauseFacts First { get; }

        public string Ownership { get; }

        public string Stage { get; }

        public int Priority { get; }

        public int LastSentenceKey => _clauses[^1].SentenceKey;

        public IReadOnlyList<ClauseFacts> Clauses => _clauses;

        public double Score { get; private set; }

        public bool Minor => _clauses.Exists(c => c.Minor);

        public string Sentiment => Score >= Threshold ? "positive" : Score <= -Threshold ? "negative" : "neutral";

        public string Text => First.Slice(First.Clause.Start, _clauses[^1].Clause.End);

        /// <summary>
        /// Whether <paramref name="f"/>, the first clause of the next sentence, goes on about this interaction:
        /// the same category and stage, no opposite verdict, and words that point back to it ("So I was
        /// charged twice", "They didn't have it"); a sentence that names its subject afresh ("Breakfast, however,
        /// was a letdown") or moves on ("then ...") tells another.
        /// </summary>
        public bool Continues(ClauseFacts f) =>
            f.Category == Category && f.Stage == Stage && f.SentenceKey == LastSentenceKey + 1
            && f.Clause.End > f.Clause.Start && f.Tokens[f.Clause.Start].Word is "so" or "they" or "it" or "which" or "this" or "he" or "she"
            && !(Score >= Threshold && f.Score <= -Threshold) && !(Score <= -Threshold && f.Score >= Threshold);

        public void Add(ClauseFacts f)
        {
            _clauses.Add(f);
            Score += f.Clause.Contrast ? 2 * f.Score : f.Score;
        }
    }
}
