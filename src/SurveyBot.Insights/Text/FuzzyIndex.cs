using System.Collections.Frozen;

namespace SurveyBot.Insights.Text;

/// <summary>
/// Corrects a stem that is one deletion away (on either side) from exactly one lexicon stem, so that
/// "frustated" or "dissapointed" still match. Only long words are corrected: short words collide too often.
/// </summary>
internal sealed class FuzzyIndex
{
    private const int MinimumLength = 7;
    private readonly FrozenSet<string> _vocabulary;
    private readonly FrozenDictionary<string, string?> _deletes;

    public FuzzyIndex(IEnumerable<string> vocabulary)
    {
        _vocabulary = vocabulary.ToFrozenSet(StringComparer.Ordinal);
        var deletes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var word in _vocabulary.Where(w => w.Length >= MinimumLength - 1))
        {
            Add(deletes, word, word);
            for (var i = 1; i < word.Length; i++)
            {
                Add(deletes, word.Remove(i, 1), word);
            }
        }

        _deletes = deletes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool TryCorrect(string stem, out string corrected)
    {
        corrected = stem;
        if (stem.Length < MinimumLength || _vocabulary.Contains(stem) || !stem.All(char.IsLetter))
        {
            return false;
        }

        string? found = null;
        if (_deletes.TryGetValue(stem, out var direct) && direct is not null)
        {
            found = direct;
        }

        // The first letter is kept: typos rarely hit it, and keeping it avoids most false corrections.
        for (var i = 1; i < stem.Length; i++)
        {
            if (_deletes.TryGetValue(stem.Remove(i, 1), out var candidate) && candidate is not null)
            {
                if (found is not null && !string.Equals(found, candidate, StringComparison.Ordinal))
                {
                    return false;
                }

                found = candidate;
            }
        }

        if (found is null)
        {
            return false;
        }

        corrected = found;
        return true;
    }

    private static void Add(Dictionary<string, string?> deletes, string key, string word)
    {
        if (deletes.TryGetValue(key, out var existing) && !string.Equals(existing, word, StringComparison.Ordinal))
        {
            deletes[key] = null; // ambiguous: never correct to either
            return;
        }

        deletes[key] = word;
    }
}
