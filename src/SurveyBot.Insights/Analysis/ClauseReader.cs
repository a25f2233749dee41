using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Analysis;

/// <summary>Reads each clause of a text with the lexicons: verdict score, touchpoint cue, pains, emotions and flags.</summary>
internal sealed class ClauseReader(LexiconStore lexicons)
{
    /// <param name="text">The segment's text.</param>
    /// <param name="segment">The segment's index in the story.</param>
    /// <param name="notes">The persona the text writes out, whose lines are not read as events.</param>
    public List<ClauseFacts> Read(string text, int segment, PersonaNotes notes)
    {
        var tokens = lexicons.Tokenizer.Tokenize(text);
        var clauses = ClauseSplitter.Split(text, tokens);
        var facts = new List<ClauseFacts>(clauses.Count);
        foreach (var clause in clauses)
        {
            var f = new ClauseFacts
            {
                Segment = segment,
                Clause = clause,
                SourceText = text,
                Tokens = tokens,
                SentenceStart = clauses.First(c => c.Sentence == clause.Sentence).Start,
                SentenceEnd = clauses.Last(c => c.Sentence == clause.Sentence).End,
            };
            Read(f);
            if (clause.End > clause.Start && notes.Covers(tokens[clause.Start].Start, tokens[clause.End - 1].End, out var told))
            {
                f.Category = null;
                f.Score = 0;
                if (!told)
                {
                    f.Emotions.Clear();
                    f.Pains.Clear();
                }
            }

            facts.Add(f);
        }

        return facts;
    }

    private void Read(ClauseFacts f)
    {
        var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
        f.FirstPerson = HasFirstPerson(tokens, start, end);
        f.Score = Score(tokens, start, end);
        // "Only problem, the app was confusing": the aside marks its whole sentence.
        f.Minor = lexicons.Minor.Any(tokens, f.SentenceStart, f.SentenceEnd);
        f.PurchaseAct = lexicons.PurchaseActs.Any(tokens, start, end) && !lexicons.PurchaseMentionOnly.Any(tokens, start, end);
        f.Research = lexicons.Research.Any(tokens, start, end);
        ReadCue(f);
        ReadPains(f);
        ReadEmotions(f);
        f.Score -= 0.5 * f.Pains.Count;
    }

    private void ReadCue(ClauseFacts f)
    {
        var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
        PhraseMatch<TouchpointCue>? best = null;
        foreach (var m in lexicons.TouchpointCues.Matches(tokens, start, end))
        {
            if (m.Value.Requires is { } requires && !requires.Any(tokens, start, end))
            {
                continue;
            }

            if (best is null || m.Value.Priority > best.Value.Value.Priority
                || (m.Value.Priority == best.Value.Value.Priority && m.Words > best.Value.Words))
            {
                best = m;
            }
        }

        var category = best?.Value.Category;
        f.CuePriority = best?.Value.Priority ?? 0;

        // A site or app that freezes or errors is a website/app touchpoint, whatever was being done on it.
        if (category is null or "booking-ordering" or "website" or "mobile-app" or "core-service"
            && lexicons.Usability.Any(tokens, start, end)
            && lexicons.UsabilityNeeds.Any(tokens, SentenceStart(f), SentenceEnd(f)))
        {
            category = HasWord(tokens, SentenceStart(f), SentenceEnd(f), "app") ? "mobile-app" : "website";
            f.CuePriority = 8;
        }

        // Staff reached by phone, e-mail or chat are a service channel, not people met in person.
        if (category == "frontline-staff" && lexicons.RemoteChannel.Any(tokens, SentenceStart(f), SentenceEnd(f)))
        {
            category = "customer-service";
        }

        f.Category = category;
        if (category is "reviews-social" or "word-of-mouth")
        {
            f.Ownership = SocialOwnership(f);
        }
        else if (category is not null && lexicons.Partner.Any(tokens, SentenceStart(f), end))
        {
            f.Ownership = "partner-owned";
        }
    }

    private string SocialOwnership(ClauseFacts f)
    {
        var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
        var giving = lexicons.Giving.Matches(tokens, start, end);
        var receiving = lexicons.Receiving.Matches(tokens, start, end);
        var firstGive = giving.Count == 0 ? -1 : giving.Min(m => m.Start);
        var firstReceive = receiving.Count == 0 ? int.MaxValue : receiving.Min(m => m.Start);
        if (firstGive >= 0 && firstGive < firstReceive)
        {
            var thirdPartyBefore = lexicons.ThirdParty.Matches(tokens, start, firstGive).Count > 0;
            f.ThirdPartyFirst = thirdPartyBefore;
            if (!thirdPartyBefore)
            {
                return "customer-owned";
            }
        }

        return lexicons.BrandSocial.Any(tokens, start, end) ? "brand-owned" : "social-external";
    }

    private void ReadPains(ClauseFacts f)
    {
        var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
        foreach (var m in Longest(lexicons.Pains.Matches(tokens, start, end)))
        {
            if (!m.HasNegation && IsNegated(tokens, start, m.Start))
            {
                continue;
            }

            if (!f.Pains.Exists(p => p.Category == m.Value))
            {
                f.Pains.Add((m.Value, f.Text));
            }
        }
    }

    private void ReadEmotions(ClauseFacts f)
    {
        var (tokens, start, end) = (f.Tokens, f.Clause.Start, f.Clause.End);
        var excluded = lexicons.NotFeelings.Matches(tokens, start, end);
        foreach (var m in Longest(lexicons.Emotions.Matches(tokens, start, end)))
        {
            if (excluded.Exists(x => x.Start <= m.Start && x.End >= m.End))
            {
                continue;
            }

            if (SomeoneElseFeels(tokens, start, end, m))
            {
                continue;
            }

            f.Emotions.Add((m.Value, !m.HasNegation && IsNegated(tokens, start, m.Start), m.Start));
        }
    }

    public double Score(IReadOnlyList<Token> tokens, int start, int end)
    {
        var score = 0.0;
        foreach (var m in Longest(lexicons.Sentiment.Matches(tokens, start, end)))
        {
            var w = m.Value;
            if (!m.HasNegation && IsNegated(tokens, start, m.Start))
            {
                // "not good" is bad; "not unfriendly" is only faintly good.
                w = w > 0 ? -w : -w * 0.5;
            }

            if (lexicons.Intensifiers.EndsAt(tokens, start, m.Start))
            {
                w *= 1.5;
            }
            else if (lexicons.Downtoners.EndsAt(tokens, start, m.Start))
            {
                w *= 0.5;
            }

            score += w;
        }

        return score;
    }

    private bool IsNegated(IReadOnlyList<Token> tokens, int clauseStart, int at) =>
        NegationScope.IsNegated(lexicons, tokens, clauseStart, at);

    private static IEnumerable<PhraseMatch<T>> Longest<T>(List<PhraseMatch<T>> matches)
    {
        // Most clauses match a lexicon once or not at all: nothing to choose between, nothing to sort.
        if (matches.Count <= 1)
        {
            return matches;
        }

        var taken = new List<PhraseMatch<T>>(matches.Count);
        foreach (var m in matches.OrderByDescending(m => m.Words).ThenBy(m => m.Start))
        {
            if (!taken.Exists(t => t.Start < m.End && m.Start < t.End))
            {
                taken.Add(m);
            }
        }

        return taken.OrderBy(m => m.Start);
    }

    // Other people's feelings ("other people were confused", "my sister felt looked after") are not the
    // respondent's, unless the respondent says they shared them ("my sister and I were delighted", "the kids
    // were delighted and so was I") or is named in the feeling itself ("the staff made my day"); a contrast
    // ("but I stayed calm") opens a clause of its own.
    private bool SomeoneElseFeels(List<Token> tokens, int start, int end, PhraseMatch<string> emotion)
    {
        var others = lexicons.ThirdParty.Matches(tokens, start, emotion.Start);
        if (others.Count == 0)
        {
            return false;
        }

        for (var i = others.Max(o => o.End); i < end; i++)
        {
            // After the feeling only a subject will do: in "furious with me" the respondent is its object.
            var respondent = i < emotion.End
                ? tokens[i].Word is "i" or "we" or "me" or "us" or "myself" || (i >= emotion.Start && tokens[i].Word is "my" or "our")
                : tokens[i].Word is "i" or "we";
            if (respondent)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFirstPerson(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Word is "i" or "me" or "my" or "we" or "us" or "our" or "myself")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(List<Token> tokens, int start, int end, string word)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Word == word)
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceStart(ClauseFacts f) => f.SentenceStart;

    private static int SentenceEnd(ClauseFacts f) => f.SentenceEnd;
}
