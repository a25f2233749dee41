using System.Collections.Frozen;

namespace SurveyBot.Commands;

/// <summary>
/// Recognises a command only when it is the whole message ("help", "go back", "forget me"), so
/// a story that merely contains the word "stop" is kept as an answer.
/// </summary>
public static class CommandRecognizer
{
    private static readonly FrozenDictionary<string, InterviewCommand> Phrases = new Dictionary<string, InterviewCommand>(StringComparer.Ordinal)
    {
        ["help"] = InterviewCommand.Help,
        ["?"] = InterviewCommand.Help,
        ["what do you mean"] = InterviewCommand.Help,
        ["back"] = InterviewCommand.Back,
        ["go back"] = InterviewCommand.Back,
        ["previous"] = InterviewCommand.Back,
        ["undo"] = InterviewCommand.Back,
        ["skip"] = InterviewCommand.Skip,
        ["skip it"] = InterviewCommand.Skip,
        ["pass"] = InterviewCommand.Skip,
        ["next"] = InterviewCommand.Skip,
        ["restart"] = InterviewCommand.Restart,
        ["start over"] = InterviewCommand.Restart,
        ["start again"] = InterviewCommand.Restart,
        ["stop"] = InterviewCommand.Stop,
        ["quit"] = InterviewCommand.Stop,
        ["cancel"] = InterviewCommand.Stop,
        ["exit"] = InterviewCommand.Stop,
        ["forget me"] = InterviewCommand.ForgetMe,
        ["delete my data"] = InterviewCommand.ForgetMe,
        ["delete my answers"] = InterviewCommand.ForgetMe,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The command the whole message spells, or <see cref="InterviewCommand.None"/>.</summary>
    public static InterviewCommand Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return InterviewCommand.None;
        }

        var normalised = string.Join(' ', text.Trim().TrimEnd('.', '!').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Phrases.TryGetValue(normalised, out var command) ? command : InterviewCommand.None;
    }
}
