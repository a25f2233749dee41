namespace SurveyBot.BotFramework.Adapter;

/// <summary>Settings of <see cref="BotAdapter"/>.</summary>
public sealed class BotAdapterOptions
{
    /// <summary>How many times a turn is run again after its state was changed by another process meanwhile.</summary>
    public int MaxConcurrencyRetries { get; set; } = 3;

    /// <summary>
    /// How many turns run their bot code at once; further turns wait in arrival order, and a turn
    /// gives its place back as soon as it starts saving its state. Under load, turns that arrive
    /// together then finish one after another instead of all slowing down together until the
    /// last. 0 sets no limit. By default, one per processor and at least two, so that one slow
    /// turn never holds up all the others.
    /// </summary>
    public int MaxConcurrentTurns { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How many recent activity ids are remembered to ignore redeliveries.</summary>
    public int RecentActivityCapacity { get; set; } = 10_000;

    /// <summary>The message a user sees when the bot failed during their turn.</summary>
    public string ErrorMessage { get; set; } =
        "Sorry, something went wrong on my side and I could not take that answer. Everything you told me before is saved; please send it again.";

    /// <summary>The message a user sees when their answer clashed with another one and could not be saved.</summary>
    public string ConflictMessage { get; set; } =
        "Sorry, that answer crossed with another one from this conversation and was not saved. Please send it again.";
}
