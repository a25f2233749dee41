namespace SurveyBot.BotFramework.Adapter;

/// <summary>Settings of <see cref="BotAdapter"/>.</summary>
public sealed class BotAdapterOptions
{
    /// <summary>How many times a turn is run again after its state was changed by another process meanwhile.</summary>
    public int MaxConcurrencyRetries { get; set; } = 3;

    /// <summary>How many recent activity ids are remembered to ignore redeliveries.</summary>
    public int RecentActivityCapacity { get; set; } = 10_000;

    /// <summary>The message a user sees when the bot failed during their turn.</summary>
    public string ErrorMessage { get; set; } =
        "Sorry, something went wrong on my side and I could not take that answer. Everything you told me before is saved; please send it again.";

    /// <summary>The message a user sees when their answer clashed with another one and could not be saved.</summary>
    public string ConflictMessage { get; set; } =
        "Sorry, that answer crossed with another one from this conversation and was not saved. Please send it again.";
}
