using System.Globalization;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.Insights.Recognition;

namespace SurveyBot.Interview;

/// <summary>A number prompt for ratings said in the respondent's own words: "four stars", "4/5", "four and a half".</summary>
internal sealed class RatingPrompt(string dialogId) : Prompt<double>(dialogId)
{
    protected override Task<PromptRecognizerResult<double>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var rating = RatingRecognizer.Recognize(turnContext.Activity.Text ?? "");
        return Task.FromResult(new PromptRecognizerResult<double>(rating is not null, rating ?? 0));
    }

    protected override string? CheckValidations(double value, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Validations is { } limits && ((limits.Min is { } min && value < min) || (limits.Max is { } max && value > max))
            ? limits.Message ?? string.Create(CultureInfo.InvariantCulture, $"Please give a number from {limits.Min} to {limits.Max}.")
            : null;
    }
}
