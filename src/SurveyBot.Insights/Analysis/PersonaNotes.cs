using System.Text.RegularExpressions;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// The labelled lines of a proto-persona written out in a story ("Goal: repair the kitchen quickly",
/// "Needs: fast and fair claim handling, clear information"), as students' reflection reports have them.
/// They describe the respondent, not something that happened, so they give the persona its items and
/// no touchpoints; the feelings and pain points lines still give feelings and pain points, while what the
/// respondent wants ("Goal: a comfortable sofa") is neither.
/// </summary>
internal sealed partial class PersonaNotes
{
    private static readonly PersonaNotes None = new();

    private readonly List<(int Start, int End, bool Told)> _lines = [];
    private readonly List<string> _behaviours = [];
    private readonly List<string> _goals = [];
    private readonly List<string> _needs = [];

    private PersonaNotes()
    {
    }

    public IReadOnlyList<string> Behaviours => _behaviours;

    public IReadOnlyList<string> Goals => _goals;

    public IReadOnlyList<string> Needs => _needs;

    public static PersonaNotes Read(string text)
    {
        // Most answers have no label at all, and the reader runs on every answer of every interview.
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return None;
        }

        var notes = new PersonaNotes();
        foreach (Match m in LabelledLine().Matches(text))
        {
            var label = m.Groups["label"].Value.ToLowerInvariant();
            notes._lines.Add((m.Index, m.Index + m.Length, label.StartsWith("feel", StringComparison.Ordinal) || label.StartsWith("pain", StringComparison.Ordinal)));
            var items = m.Groups["items"].Value
                .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(item => item.TrimEnd('.'))
                .Where(item => item.Length > 1);
            var into = label.StartsWith("goal", StringComparison.Ordinal) ? notes._goals
                : label.StartsWith("need", StringComparison.Ordinal) ? notes._needs
                : label.StartsWith("behav", StringComparison.Ordinal) || label.StartsWith("habit", StringComparison.Ordinal) ? notes._behaviours
                : null;
            into?.AddRange(items);
        }

        return notes;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> lies in a labelled line, and
    /// whether that line tells feelings or pain points (<paramref name="told"/>) rather than wants and habits.
    /// </summary>
    public bool Covers(int start, int end, out bool told)
    {
        foreach (var line in _lines)
        {
            if (line.Start <= start && end <= line.End)
            {
                told = line.Told;
                return true;
            }
        }

        told = false;
        return false;
    }

    [GeneratedRegex(@"^[ \t]*(?:[-*•][ \t]*)?(?<label>behaviou?rs?|habits?|goals?|needs?|influences?|feelings?|pain[ -]?points?)[ \t]*:[ \t]*(?<items>\S.*?)[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex LabelledLine();
}
