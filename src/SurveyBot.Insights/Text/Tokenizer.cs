using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SurveyBot.Insights.Text;

/// <summary>
/// Splits text into normalised, stemmed tokens: lower case, contractions and chat shorthand expanded,
/// spelling variants and known typos unified, emoji turned into words, idioms whose words say the
/// opposite of their meaning rewritten ("can't wait" is no negation), and (when a vocabulary is given)
/// unknown long words within one edit of a lexicon word corrected.
/// </summary>
internal sealed partial class Tokenizer
{
    private readonly FrozenDictionary<string, string[]> _rewrites;
    private readonly FrozenDictionary<string, Idiom[]> _idioms;
    private readonly FuzzyIndex? _fuzzy;

    /// <param name="rewrites">Single words and what they become (one or more words).</param>
    /// <param name="idioms">Word sequences, as written after the rewrites, and what they become.</param>
    public Tokenizer(IReadOnlyDictionary<string, string> rewrites, IReadOnlyDictionary<string, string>? idioms = null)
    {
        _rewrites = rewrites.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            StringComparer.Ordinal);
        // Empty while the idioms themselves are split into words below.
        _idioms = FrozenDictionary<string, Idiom[]>.Empty;
        if (idioms is { Count: > 0 })
        {
            // An idiom is written as people type it, so it goes through the rewrites too ("can't" is "can not").
            _idioms = idioms
                .Select(kv => new Idiom([.. Tokenize(kv.Key).Select(t => t.Word)], kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Where(i => i.Words.Length > 0)
                .GroupBy(i => i.Words[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(i => i.Words.Length).ToArray(), StringComparer.Ordinal);
        }
    }

    private Tokenizer(FrozenDictionary<string, string[]> rewrites, FrozenDictionary<string, Idiom[]> idioms, FuzzyIndex? fuzzy)
    {
        _rewrites = rewrites;
        _idioms = idioms;
        _fuzzy = fuzzy;
    }

    public Tokenizer WithFuzzy(FuzzyIndex fuzzy) => new(_rewrites, _idioms, fuzzy);

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var raw = text.Substring(m.Index, m.Length).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
            AddWord(tokens, raw, m.Index, m.Index + m.Length, allowSplit: true);
        }

        return _idioms.Count == 0 ? tokens : RewriteIdioms(tokens);
    }

    // The longest idiom starting at a word wins; its words become the idiom's meaning, spanning the same text.
    private List<Token> RewriteIdioms(List<Token> tokens)
    {
        List<Token>? rewritten = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var idiom = _idioms.TryGetValue(tokens[i].Word, out var candidates) ? LongestAt(tokens, i, candidates) : null;
            if (idiom is null)
            {
                rewritten?.Add(tokens[i]);
                continue;
            }

            rewritten ??= tokens.GetRange(0, i);
            var (start, end) = (tokens[i].Start, tokens[i + idiom.Words.Length - 1].End);
            foreach (var word in idiom.Meaning)
            {
                rewritten.Add(new Token(word, Stemmer.Stem(word), start, end));
            }

            i += idiom.Words.Length - 1;
        }

        return rewritten ?? tokens;
    }

    private static Idiom? LongestAt(List<Token> tokens, int at, Idiom[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (StartsAt(tokens, at, candidate.Words))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool StartsAt(List<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Word, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void AddWord(List<Token> tokens, string raw, int start, int end, bool allowSplit)
    {
        if (_rewrites.TryGetValue(raw, out var replacement))
        {
            foreach (var w in replacement)
            {
                tokens.Add(new Token(w, Stemmer.Stem(w), start, end));
            }

            return;
        }

        if (allowSplit && raw.Length > 1 && raw.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in raw.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(tokens, part, start, end, allowSplit: false);
            }

            return;
        }

        if (raw.EndsWith("'s", StringComparison.Ordinal))
        {
            raw = raw[..^2];
        }

        var word = BritishSpelling(raw);
        var stem = Stemmer.Stem(word);
        if (_fuzzy is not null && _fuzzy.TryCorrect(stem, out var corrected))
        {
            stem = corrected;
        }

        tokens.Add(new Token(word, stem, start, end));
    }

    // British spelling is the house form: "organize" and "organise" meet at "organise".
    private static string BritishSpelling(string word)
    {
        if (word.Length > 5)
        {
            foreach (var suffix in IzSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return string.Concat(word.AsSpan(0, word.Length - suffix.Length), suffix.Replace("iz", "is", StringComparison.Ordinal));
                }
            }
        }

        return word;
    }

    private static readonly string[] IzSuffixes = ["ization", "izing", "ized", "izes", "ize"];

    private sealed record Idiom(string[] Words, string[] Meaning);

    [GeneratedRegex(@"\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[%£$€/+]|(?:\p{Cs}\p{Cs}|\p{So})\uFE0F?")]
    private static partial Regex TokenPattern();
}
