using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Analysis;

/// <summary>What one clause says, as found by the lexicons; the building block of every label.</summary>
internal sealed class ClauseFacts
{
    public required int Segment { get; init; }

    public required Clause Clause { get; init; }

    public required string SourceText { get; init; }

    public required List<Token> Tokens { get; init; }

    public required int SentenceStart { get; init; }

    public required int SentenceEnd { get; init; }

    public double Score { get; set; }

    public string? Category { get; set; }

    public int CuePriority { get; set; }

    public string Ownership { get; set; } = "brand-owned";

    public string Stage { get; set; } = Stages.PrePurchase;

    public bool Minor { get; set; }

    public bool PurchaseAct { get; set; }

    public bool Research { get; set; }

    public bool FirstPerson { get; set; }

    public bool ThirdPartyFirst { get; set; }

    public List<(string Category, string Text)> Pains { get; } = [];

    public List<(string Emotion, bool Negated, int Start)> Emotions { get; } = [];

    public int SentenceKey => (Segment * 10_000) + Clause.Sentence;

    public string Text => Slice(Clause.Start, Clause.End);

    public string Slice(int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var from = Tokens[start].Start;
        var to = Tokens[end - 1].End;
        return Trim(SourceText[from..to]);
    }

    public static string Trim(string text) => text.Trim().Trim(',', ';', ':', '(', ')', '-', '—', ' ', '\n', '\r', '\t');
}
