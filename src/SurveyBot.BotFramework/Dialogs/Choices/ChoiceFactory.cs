using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>
/// Shows choices with a question: as suggested-action buttons where the channel shows them, or as
/// numbered text the user can answer with "2". Teams shows at most three suggested actions and
/// only in personal chats; channels not known to show them get text.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Longer button titles are cut off by channels, so such choices are shown as text.</summary>
    public const int MaxTitleLength = 20;

    /// <summary>How many suggested actions the inbound activity's channel shows; 0 when it shows none.</summary>
    public static int MaxSuggestedActions(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return inbound.ChannelId switch
        {
            "msteams" => IsPersonal(inbound.Conversation) ? 3 : 0,
            "webchat" or "directline" or "directlinespeech" or "emulator" or "test" or "telegram" or "line" or "kik" => 100,
            "facebook" or "skype" => 10,
            _ => 0,
        };
    }

    /// <summary>Adds <paramref name="choices"/> to <paramref name="prompt"/> in <paramref name="style"/>, given the channel of <paramref name="inbound"/>.</summary>
    public static void AddChoices(Activity prompt, IReadOnlyList<Choice> choices, ListStyle style, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(inbound);
        if (style == ListStyle.Auto)
        {
            style = ChooseStyle(choices, inbound);
        }

        switch (style)
        {
            case ListStyle.SuggestedAction:
                var actions = new List<CardAction>(choices.Count);
                foreach (var choice in choices)
                {
                    actions.Add(new CardAction(ActionTypes.ImBack, choice.Value, JsonValue.Create(choice.Value)));
                }

                prompt.SuggestedActions = new SuggestedActions { Actions = actions };
                break;
            case ListStyle.Inline:
                prompt.Text = Append(prompt.Text, " ", Inline(choices));
                break;
            case ListStyle.List:
                prompt.Text = Append(prompt.Text, "\n\n", List(choices));
                break;
        }
    }

    /// <summary>The choices as one line: "(1) Positive, (2) Negative, or (3) Mixed".</summary>
    public static string Inline(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i < choices.Count - 1 ? ", " : choices.Count > 2 ? ", or " : " or ")
                .Append(CultureInfo.InvariantCulture, $"({i + 1}) {choices[i].Value}");
        }

        return text.ToString();
    }

    /// <summary>The choices as numbered lines: "1. Positive".</summary>
    public static string List(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : "\n").Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Value}");
        }

        return text.ToString();
    }

    private static ListStyle ChooseStyle(IReadOnlyList<Choice> choices, Activity inbound)
    {
        var longest = 0;
        foreach (var choice in choices)
        {
            longest = Math.Max(longest, choice.Value.Length);
        }

        if (choices.Count <= MaxSuggestedActions(inbound) && longest <= MaxTitleLength)
        {
            return ListStyle.SuggestedAction;
        }

        return choices.Count <= 3 && longest <= MaxTitleLength ? ListStyle.Inline : ListStyle.List;
    }

    private static bool IsPersonal(ConversationAccount? conversation) =>
        conversation?.ConversationType is { } type ? type == "personal" : conversation?.IsGroup != true;

    private static string Append(string? text, string separator, string choices) =>
        string.IsNullOrEmpty(text) ? choices : string.Concat(text, separator, choices);
}
