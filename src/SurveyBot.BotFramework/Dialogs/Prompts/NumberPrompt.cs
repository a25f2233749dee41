using System.Globalization;
using System.Numerics;
using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for a number, understood in the user's language ("4", "four", "3.5", "twenty one").
/// For an integer type, answers with a fraction are not understood. <see cref="PromptOptions.Validations"/>
/// sets the accepted range; an answer outside it gets a message naming the range.
/// </summary>
/// <typeparam name="T">int, long, double or decimal.</typeparam>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.FromResult(Recognized.Failed<T>());
        }

        // Plain digits mean the same in every language, and are the common answer: skip the recognizer.
        var number = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : Recognize(text, GetLocale(turnContext, options));
        return Task.FromResult(number is { } value && TryConvert(value, out var converted)
            ? Recognized.Success(converted)
            : Recognized.Failed<T>());
    }

    /// <inheritdoc />
    protected override string? CheckValidations(T value, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validations is not { } limits)
        {
            return null;
        }

        var number = double.CreateChecked(value);
        if ((limits.Min is { } min && number < min) || (limits.Max is { } max && number > max))
        {
            return limits.Message ?? RangeMessage(limits.Min, limits.Max);
        }

        return null;
    }

    private static double? Recognize(string text, string locale)
    {
        if (text.Length > RecognizerModels.MaxRecognizedLength)
        {
            return null;
        }

        var results = RecognizerModels.Number(locale).Parse(text);
        if (results.Count != 1 || !results[0].Resolution.TryGetValue("value", out var value))
        {
            return null;
        }

        return double.TryParse(value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static bool TryConvert(double value, out T converted)
    {
        converted = T.CreateSaturating(value);
        return double.CreateSaturating(converted) == value || (typeof(T) == typeof(decimal) && Math.Abs(double.CreateSaturating(converted) - value) < 1e-9);
    }

    private static string RangeMessage(double? min, double? max) => (min, max) switch
    {
        ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"Please give a number from {lo} to {hi}."),
        ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"Please give a number of at least {lo}."),
        (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"Please give a number of at most {hi}."),
        _ => "Please give a number.",
    };
}
