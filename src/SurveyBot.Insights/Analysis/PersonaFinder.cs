using System.Globalization;
using System.Text.RegularExpressions;
using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Builds the proto-persona from a story. Name, age and occupation are taken only from what respondents say
/// about themselves ("I am Sofia, I am 29", "I work as a graphic designer"); never guessed.
/// </summary>
internal static partial class PersonaFinder
{
    private const int MaxItems = 3;

    public static string? Name(string text, LexiconStore lexicons)
    {
        // A letter or an e-mail pasted in signs off with the writer's name ("Yours faithfully, Margaret Hollis").
        foreach (var m in NamePattern().Matches(text).Append(SignOffPattern().Match(text)))
        {
            var name = m.Groups["name"].Value;
            if (m.Success && !lexicons.NotNames.Contains(name.ToLowerInvariant()) && !lexicons.NotOrganisations.Contains(name.ToLowerInvariant()))
            {
                return name;
            }
        }

        return null;
    }

    public static int? Age(string text)
    {
        foreach (var pattern in (Regex[])[AgePattern(), AfterNamePattern(), StatedAgePattern()])
        {
            var m = pattern.Match(text);
            if (m.Success && int.TryParse(m.Groups["age"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) && age is >= 10 and <= 110)
            {
                return age;
            }
        }

        return null;
    }

    public static string? Occupation(string text, LexiconStore lexicons)
    {
        foreach (Match m in OccupationPattern().Matches(text))
        {
            var words = m.Groups["job"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var explicitJob = m.Groups["cue"].Value.Contains("work", StringComparison.OrdinalIgnoreCase);
            for (var n = words.Length; n >= 1; n--)
            {
                var phrase = string.Join(' ', words.Take(n));
                if (lexicons.Occupations.Contains(words[n - 1]) || lexicons.Occupations.Contains(phrase))
                {
                    return phrase;
                }
            }

            if (explicitJob && words.Length > 0)
            {
                return string.Join(' ', words.Take(3));
            }
        }

        var introduced = IntroducedOccupationPattern().Match(text);
        var job = introduced.Groups["job"].Value.ToLowerInvariant();
        return introduced.Success && (lexicons.Occupations.Contains(job) || lexicons.Occupations.Contains(job.Split(' ')[^1])) ? job : null;
    }

    /// <summary>
    /// The items a persona the respondent wrote out lists ("Goal: ..."), in their words; otherwise what the
    /// cues find in the story.
    /// </summary>
    public static List<string> Items(IReadOnlyList<string> written, IReadOnlyList<ClauseFacts> clauses, Text.PhraseSet<bool> cues, bool firstPersonOnly) =>
        written.Count > 0 ? [.. written] : Cued(clauses, cues, firstPersonOnly);

    public static List<string> Cued(IReadOnlyList<ClauseFacts> clauses, Text.PhraseSet<bool> cues, bool firstPersonOnly)
    {
        var found = new List<string>();
        foreach (var c in clauses)
        {
            var m = cues.Matches(c.Tokens, c.Clause.Start, c.Clause.End);
            if (m.Count == 0 || (firstPersonOnly && !c.FirstPerson))
            {
                continue;
            }

            var text = c.Slice(m.Min(x => x.Start), c.Clause.End);
            if (text.Length > 3 && !found.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(text);
            }

            if (found.Count == MaxItems)
            {
                break;
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?i:i am|i'm|i’m|im|my name is|it's|it’s|call me|name's)\s+(?<name>[A-Z][a-z]{1,20})\b|(?:^|\b(?i:hi|hey|hello)\b[,!]?\s*)(?<name>[A-Z][a-z]{1,20})\s+here\b(?=\s*[,.!-])")]
    private static partial Regex NamePattern();

    // Thanks or cheers before a name on the same line more often thank someone ("thanks, Tom" to the driver).
    [GeneratedRegex(@"\b(?:(?i:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm|warmest) regards|regards|best wishes|sincerely)\s*(?:,\s*|\n\s*)|(?i:many thanks|thanks|thank you|cheers)\s*,?[ \t]*\n\s*)(?<name>[A-Z][a-z]{1,20})(?:\s+[A-Z][a-z'-]+)?\s*\.?\s*$")]
    private static partial Regex SignOffPattern();

    [GeneratedRegex(@"\b(?<age>\d{1,3})\s*(?:years? old|yrs? old|y/?o\b|-year-old)", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"(?:\b(?i:i am|i'm|i’m|im|it's|it’s|my name is)\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+here),\s*(?<age>\d{2})\b(?!\s*(?:%|min|hours|days|euros|pounds|am|pm))")]
    private static partial Regex AfterNamePattern();

    // "I'm 19 and study law": an age said alone, closed by punctuation, "and" or the end.
    [GeneratedRegex(@"\b(?i:i am|i'm|i’m|im)\s+(?<age>\d{2})(?=\s*(?:[,.;!]|(?i:and|now|this year)\b|$))")]
    private static partial Regex StatedAgePattern();

    [GeneratedRegex(@"\b(?<cue>i work as|i'm working as|working as|work as|job as|i am|i'm|i’m|im an?|as an?)\s+(?:an?\s+)?(?:\d{1,3}[- ]years?[- ]old\s+)?(?<job>(?:[a-z-]+\s){0,2}[a-z-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OccupationPattern();

    // "Jo here, 32, teacher": a chat introduction lists name, age and job.
    [GeneratedRegex(@"\b[A-Z][a-z]{1,20}(?:\s+here)?,\s*\d{2},\s*(?<job>[a-z-]+(?:\s[a-z-]+)?)\b")]
    private static partial Regex IntroducedOccupationPattern();
}
