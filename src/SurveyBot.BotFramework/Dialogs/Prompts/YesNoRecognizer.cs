using SurveyBot.BotFramework.Dialogs.Choices;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Understands English yes/no answers: a whole phrase ("of course", "not really") or an answer that
/// starts with a yes or no word ("yes please", "nope, thanks"). Anything mixing both is not understood.
/// </summary>
internal static class YesNoRecognizer
{
    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal)
    {
        "of course", "sure thing", "go ahead", "please do", "do it", "i do", "that s right", "that is right", "why not",
    };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal)
    {
        "not really", "no thanks", "no thank you", "i don t", "don t", "do not", "not now", "rather not", "i d rather not",
    };

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "correct", "right", "true", "absolutely",
        "definitely", "certainly", "affirmative", "agreed", "indeed", "fine", "alright", "save", "1",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "nay", "never", "false", "negative", "wrong", "incorrect", "cancel", "2",
    };

    public static bool? Recognize(string? text)
    {
        var answer = ChoiceRecognizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        if (YesPhrases.Contains(answer))
        {
            return true;
        }

        if (NoPhrases.Contains(answer) || answer.StartsWith("not ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = answer.Split(' ');
        var first = words[0];
        var yes = YesWords.Contains(first) && !Array.Exists(words, NoWords.Contains);
        var no = NoWords.Contains(first) && !Array.Exists(words, YesWords.Contains);
        return yes ? true : no ? false : null;
    }
}
