using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The Recognizers.Text models, built once per culture: building one compiles many regular
/// expressions and costs milliseconds, while using one costs microseconds.
/// </summary>
internal static class RecognizerModels
{
    public const string DefaultCulture = Culture.English;

    /// <summary>
    /// Answers longer than this are not given to the recognizers: their regular expressions grow
    /// slow on long text, and a number, date or ordinal answer is short.
    /// </summary>
    public const int MaxRecognizedLength = 256;

    private static readonly ConcurrentDictionary<string, IModel> Numbers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IModel> Ordinals = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, DateTimeModel> DateTimes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Cultures = new(StringComparer.OrdinalIgnoreCase);

    public static IModel Number(string locale) =>
        Numbers.GetOrAdd(Resolve(locale), static culture => new NumberRecognizer(culture).GetNumberModel(culture));

    public static IModel Ordinal(string locale) =>
        Ordinals.GetOrAdd(Resolve(locale), static culture => new NumberRecognizer(culture).GetOrdinalModel(culture));

    public static DateTimeModel DateTime(string locale) =>
        DateTimes.GetOrAdd(Resolve(locale), static culture => (DateTimeModel)new DateTimeRecognizer(culture).GetDateTimeModel(culture));

    /// <summary>Maps a locale such as <c>en-GB</c> to the nearest culture the recognizers support, or English.</summary>
    public static string Resolve(string? locale) =>
        string.IsNullOrWhiteSpace(locale)
            ? DefaultCulture
            : Cultures.GetOrAdd(locale, static l =>
            {
                var mapped = Culture.MapToNearestLanguage(l);
                return Culture.GetSupportedCultureCodes().Contains(mapped, StringComparer.OrdinalIgnoreCase) ? mapped : DefaultCulture;
            });
}
