namespace SurveyBot.Insights.Analysis;

/// <summary>Journey-stage labels and their order.</summary>
internal static class Stages
{
    public const string PrePurchase = "pre-purchase";
    public const string Purchase = "purchase";
    public const string PostPurchase = "post-purchase";

    public static int Rank(string stage) => stage switch
    {
        PrePurchase => 0,
        Purchase => 1,
        _ => 2,
    };
}
