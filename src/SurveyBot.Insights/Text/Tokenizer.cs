using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SurveyBot.Insights.Text;

/// <summary>
/// Splits text into normalised, stemmed tokens: lower case, contractions and chat shorthand expanded,
/// spelling variants and known typos unified, emoji turned into words, and (when a vocabulary is given)
/// unknown long words within one edit of a lexicon word corrected.
/// </summary>
internal sealed partial class Tokenizer
{
    private readonly FrozenDictionary<string, string[]> _rewrites;
    private readonly FuzzyIndex? _fuzzy;

    public Tokenizer(IReadOnlyDictionary<string, string> rewrites, FuzzyIndex? fuzzy = null)
    {
        _rewrites = rewrites.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            StringComparer.Ordinal);
        _fuzzy = fuzzy;
    }

    public Tokenizer WithFuzzy(FuzzyIndex fuzzy) => new(_rewrites, fuzzy);

    private Tokenizer(FrozenDictionary<string, string[]> rewrites, FuzzyIndex? fuzzy)
    {
        _rewrites = rewrites;
        _fuzzy = fuzzy;
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var raw = text.Substring(m.Index, m.Length).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
            AddWord(tokens, raw, m.Index, m.Index + m.Length, allowSplit: true);
        }

        return tokens;
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

    [GeneratedRegex(@"\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[%£$€/+]|(?:\p{Cs}\p{Cs}|\p{So})\uFE0F?")]
    private static partial Regex TokenPattern();
}
