using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time, understood relative to the user's local time: "yesterday",
/// "last Friday", "3 March". The answer lists every reading the recognizer found.
/// </summary>
public sealed class DateTimePrompt(string dialogId, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) || activity.Text.Length > RecognizerModels.MaxRecognizedLength)
        {
            return Task.FromResult(Recognized.Failed<IReadOnlyList<DateTimeResolution>>());
        }

        // The user's own clock decides what "yesterday" is.
        var now = activity.LocalTimestamp?.DateTime ?? activity.Timestamp?.UtcDateTime ?? DateTime.UtcNow;
        var resolutions = new List<DateTimeResolution>();
        foreach (var result in RecognizerModels.DateTime(GetLocale(turnContext, options)).Parse(activity.Text, now))
        {
            if (result.Resolution.TryGetValue("values", out var values) && values is IEnumerable<Dictionary<string, string>> readings)
            {
                foreach (var reading in readings)
                {
                    resolutions.Add(new DateTimeResolution(
                        reading.GetValueOrDefault("timex"),
                        reading.GetValueOrDefault("type"),
                        reading.GetValueOrDefault("value"),
                        reading.GetValueOrDefault("start"),
                        reading.GetValueOrDefault("end")));
                }
            }
        }

        return Task.FromResult(resolutions.Count > 0
            ? Recognized.Success<IReadOnlyList<DateTimeResolution>>(resolutions)
            : Recognized.Failed<IReadOnlyList<DateTimeResolution>>());
    }
}
