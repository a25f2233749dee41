using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SurveyBot.Insights.Recognition;

/// <summary>
/// Recognises a 1–5 rating in a short answer: "4", "4.5", "four and a half", "4/5", "four stars", "4 out of 5"
/// (ratings on a scale of ten are scaled to five). Thread-safe; the number model is built once per process.
/// </summary>
public static partial class RatingRecognizer
{
    private const double Maximum = 5;

    // Building the recogniser's model compiles many regular expressions; do it once, on first use.
    private static readonly Lazy<NumberModel?> Model = new(CreateModel, LazyThreadSafetyMode.ExecutionAndPublication);

    // A lone number word is looked up here, as the recogniser's model would give the same value at
    // far greater cost; the list also stands in for the model when it cannot start (see CreateModel).
    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["half"] = 0.5,
    };

    /// <summary>The rating in <paramref name="text"/>, between 0 and 5, or null when none is given.</summary>
    /// <param name="text">An answer such as "four out of five".</param>
    public static double? Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        var scaled = ScalePattern().Match(lower);
        if (scaled.Success && ParseNumber(scaled.Groups["value"].Value) is { } value && ParseNumber(scaled.Groups["scale"].Value) is { } scale && scale > 0)
        {
            return InRange(value * Maximum / scale);
        }

        return ParseNumber(lower) is { } plain ? InRange(plain) : null;
    }

    /// <summary>Warms up the number model so that the first real answer is fast.</summary>
    public static void WarmUp() => _ = ParseNumber("four and a half");

    /// <summary>The first number in <paramref name="text"/> (digits or words), or null.</summary>
    internal static double? ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var direct))
        {
            return direct;
        }

        if (Words.TryGetValue(trimmed, out var word))
        {
            return word;
        }

        if (Model.Value is not { } model)
        {
            return ParseWords(trimmed);
        }

        foreach (var result in model.Parse(trimmed))
        {
            if (result.Resolution is { } resolution && resolution.TryGetValue("value", out var v)
                && double.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }

        return null;
    }

    private static NumberModel? CreateModel()
    {
        // The recogniser builds an "en-US" CultureInfo. Hosts that run in globalization-invariant mode refuse
        // that unless predefined-cultures-only is off; turning it off keeps invariant behaviour for everything else.
        AppContext.SetSwitch("System.Globalization.PredefinedCulturesOnly", false);
        try
        {
            return new NumberRecognizer(Culture.English).GetNumberModel();
        }
        catch (CultureNotFoundException)
        {
            return null; // fall back to the small word list below rather than fail an answer
        }
    }

    private static double? ParseWords(string text)
    {
        double? value = null;
        foreach (var w in text.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            if (Words.TryGetValue(w, out var n))
            {
                value = (value ?? 0) + n; // "four and a half" = 4 + 0.5
            }
        }

        return value;
    }

    private static double? InRange(double value) => value is >= 0 and <= Maximum ? Math.Round(value * 2, MidpointRounding.AwayFromZero) / 2 : null;

    [GeneratedRegex(@"(?<value>[\w.,]+(?:\s+and\s+a\s+half)?)\s*(?:stars?\s*)?(?:/|out\s+of|of)\s*(?<scale>\d+|five|ten)\b")]
    private static partial Regex ScalePattern();
}
