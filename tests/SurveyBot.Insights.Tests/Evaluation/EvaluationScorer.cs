using System.Text.Json.Nodes;

namespace SurveyBot.Insights.Tests.Evaluation;

/// <summary>
/// Mirrors shared/eval/score.py: label sets per case, micro-averaged over cases (true positives, false
/// positives and false negatives summed before F1), labels compared case-insensitively.
/// </summary>
internal sealed class EvaluationScorer
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);
    private int _polarityCorrect;
    private int _cases;

    public List<string> Differences { get; } = [];

    /// <summary>Analyses the story of every case file (*.json with id, story and gold) in a directory and scores it.</summary>
    public static EvaluationScorer ScoreCases(string directory, ExperienceAnalyzer analyzer)
    {
        var scorer = new EvaluationScorer();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var c = JsonNode.Parse(File.ReadAllText(file))!;
            var predicted = ExperienceAnalysisJson.ToJsonNode(analyzer.Analyze(c["story"]!.GetValue<string>()));
            scorer.Add(c["id"]!.GetValue<string>(), c["gold"]!, predicted);
        }

        return scorer;
    }

    public string Summary =>
        $"tp_f1={F1("tp"):F2} feel_f1={F1("feel"):F2} pain_f1={F1("pain"):F2} mot_f1={F1("mot"):F2} polarity_acc={PolarityAccuracy:F2} tppair_f1={F1("tppair"):F2}";

    public void Add(string caseId, JsonNode gold, JsonNode predicted)
    {
        _cases++;
        foreach (var (family, extract) in Families)
        {
            var g = extract(gold);
            var p = extract(predicted);
            var (tp, fp, fn) = _counts.GetValueOrDefault(family);
            _counts[family] = (tp + g.Intersect(p).Count(), fp + p.Except(g).Count(), fn + g.Except(p).Count());
            if (!g.SetEquals(p))
            {
                Differences.Add($"{caseId} {family}: missed {string.Join(",", g.Except(p))} extra {string.Join(",", p.Except(g))}");
            }
        }

        var gp = Label(gold["polarity"]);
        if (gp == Label(predicted["polarity"]))
        {
            _polarityCorrect++;
        }
        else
        {
            Differences.Add($"{caseId} polarity: gold {gp} predicted {Label(predicted["polarity"])}");
        }
    }

    public double F1(string family)
    {
        var (tp, fp, fn) = _counts.GetValueOrDefault(family);
        var p = tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double)tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double PolarityAccuracy => _cases == 0 ? 0 : (double)_polarityCorrect / _cases;

    private static readonly (string Family, Func<JsonNode, HashSet<string>> Extract)[] Families =
    [
        ("tp", a => Set(a, "touchpoints", i => Label(i["category"]))),
        ("tppair", a => Set(a, "touchpoints", i => Label(i["category"]) is { } c && Label(i["sentiment"]) is { } s ? $"{c}/{s}" : null)),
        ("feel", a => Set(a, "feelings", i => Label(i["emotion"]))),
        ("pain", a => Set(a, "painPoints", i => Label(i["category"]))),
        ("mot", a => Set(a, "momentsOfTruth", i => Label(i["moment"]) is { } m && Label(i["polarity"]) is { } p ? $"{m.ToUpperInvariant()}/{p}" : null)),
    ];

    private static HashSet<string> Set(JsonNode analysis, string key, Func<JsonNode, string?> label) =>
        (analysis[key] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(label)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static string? Label(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0 ? s.Trim().ToLowerInvariant() : null;
}
