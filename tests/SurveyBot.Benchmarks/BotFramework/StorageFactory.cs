using SurveyBot.BotFramework.State;

namespace SurveyBot.Benchmarks.BotFramework;

/// <summary>A named way to create the storage a benchmark runs on; the name is the benchmark parameter shown.</summary>
public sealed record StorageFactory(string Name, Func<IStorage> Create)
{
    public override string ToString() => Name;
}
