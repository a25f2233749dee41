using System.Collections.Frozen;

namespace SurveyBot.Insights.Text;

/// <summary>
/// A set of lexicon phrases, each tokenised and stemmed like the input, matched by first stem.
/// "*" in a phrase matches up to three tokens.
/// </summary>
/// <typeparam name="T">The payload of each phrase.</typeparam>
internal sealed class PhraseSet<T>
{
    private const int MaxGap = 3;
    private static readonly FrozenSet<string> Negators =
        new[] { "not", "no", "never", "without", "nothing", "nobody", "none", "nor" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);

    // The most tokens a phrase can span, so that a match ending at a given token is looked for close to it.
    private int _longest;

    public IEnumerable<string> Stems => _byFirst.Values.SelectMany(l => l).SelectMany(e => e.Stems).Where(s => s != "*");

    public void Add(Tokenizer tokenizer, string phrase, T value)
    {
        var stems = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part == "*" ? ["*"] : tokenizer.Tokenize(part).Select(t => t.Stem))
            .ToArray();
        if (stems.Length == 0 || stems[0] == "*")
        {
            return;
        }

        var words = tokenizer.Tokenize(phrase).Select(t => t.Word);
        var entry = new Entry(stems, value, stems.Count(s => s != "*"), words.Any(Negators.Contains));
        if (!_byFirst.TryGetValue(stems[0], out var list))
        {
            _byFirst[stems[0]] = list = [];
        }

        list.Add(entry);
        _longest = Math.Max(_longest, stems.Contains("*") ? int.MaxValue : stems.Length);
    }

    public List<PhraseMatch<T>> Matches(IReadOnlyList<Token> tokens, int start, int end)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = start; i < end; i++)
        {
            if (!_byFirst.TryGetValue(tokens[i].Stem, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var stop = MatchFrom(entry.Stems, 1, tokens, i + 1, end);
                if (stop >= 0)
                {
                    found.Add(new PhraseMatch<T>(i, stop, entry.Value, entry.Words, entry.HasNegation));
                }
            }
        }

        return found;
    }

    public bool Any(IReadOnlyList<Token> tokens, int start, int end)
    {
        // Loops rather than a predicate: this runs for every clause and some forty sets, and a lambda
        // over the loop's variables would allocate a closure and a delegate each time.
        for (var i = start; i < end; i++)
        {
            if (!_byFirst.TryGetValue(tokens[i].Stem, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (MatchFrom(entry.Stems, 1, tokens, i + 1, end) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a phrase of the set ends just before <paramref name="end"/>, starting no earlier than <paramref name="start"/>.</summary>
    public bool EndsAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = end - 1; i >= start && end - i <= _longest; i--)
        {
            if (!_byFirst.TryGetValue(tokens[i].Stem, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (MatchFrom(entry.Stems, 1, tokens, i + 1, end) == end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int MatchFrom(string[] stems, int s, IReadOnlyList<Token> tokens, int t, int end)
    {
        if (s == stems.Length)
        {
            return t;
        }

        if (stems[s] == "*")
        {
            for (var skip = 0; skip <= MaxGap && t + skip <= end; skip++)
            {
                var stop = MatchFrom(stems, s + 1, tokens, t + skip, end);
                if (stop >= 0)
                {
                    return stop;
                }
            }

            return -1;
        }

        return t < end && string.Equals(tokens[t].Stem, stems[s], StringComparison.Ordinal)
            ? MatchFrom(stems, s + 1, tokens, t + 1, end)
            : -1;
    }

    private sealed record Entry(string[] Stems, T Value, int Words, bool HasNegation);
}
