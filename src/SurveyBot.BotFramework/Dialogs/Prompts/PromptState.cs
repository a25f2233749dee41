using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// How a prompt lays out its dialog state: <c>{"options":{…},"attemptCount":n}</c>. The options are
/// kept as the object itself, so that the prompt's later turns, which get the same dialog state
/// while the conversation's state is kept between turns, need not read them back from JSON; the
/// state is saved as their JSON all the same.
/// </summary>
internal static class PromptState
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    public static void Begin(JsonObject state, PromptOptions options)
    {
        Keep(state, options);
        state[AttemptCountKey] = 0;
    }

    /// <summary>Counts one more answer and returns how many there have been.</summary>
    public static int CountAttempt(JsonObject state)
    {
        var attempts = (state[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptCountKey] = attempts;
        return attempts;
    }

    /// <summary>The prompt's options; null when the state is not a prompt's (a waterfall keeps its own <c>options</c>).</summary>
    public static PromptOptions? Options(JsonObject state)
    {
        if (!state.ContainsKey(AttemptCountKey))
        {
            return null;
        }

        switch (state[OptionsKey])
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue(out PromptOptions? options):
                return options;
            case var stored:
                // Read from storage: kept as the object from now on.
                var read = stored.Deserialize(DialogJsonContext.Default.PromptOptions);
                if (read is not null)
                {
                    Keep(state, read);
                }

                return read;
        }
    }

    private static void Keep(JsonObject state, PromptOptions options) =>
        state[OptionsKey] = JsonValue.Create(options, DialogJsonContext.Default.PromptOptions);
}
