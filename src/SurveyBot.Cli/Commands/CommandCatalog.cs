namespace SurveyBot.Cli.Commands;

/// <summary>Finds the commands of this assembly and dispatches to the one named on the command line.</summary>
internal static class CommandCatalog
{
    public const int Ok = 0;
    public const int BadUsage = 2;

    public static IReadOnlyList<ICliCommand> All { get; } = typeof(CommandCatalog).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteUsageAsync(args.Count == 0 ? stderr : stdout).ConfigureAwait(false);
            return args.Count == 0 ? BadUsage : Ok;
        }

        var command = All.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            await stderr.WriteLineAsync($"error: unknown command '{args[0]}'").ConfigureAwait(false);
            await WriteUsageAsync(stderr).ConfigureAwait(false);
            return BadUsage;
        }

        return await command.RunAsync(args.Skip(1).ToList(), stdin, stdout, stderr, cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("usage: surveybot COMMAND [ARGS]").ConfigureAwait(false);
        await writer.WriteLineAsync("commands:").ConfigureAwait(false);
        foreach (var c in All)
        {
            await writer.WriteLineAsync($"  surveybot {c.Usage}").ConfigureAwait(false);
            await writer.WriteLineAsync($"      {c.Description}").ConfigureAwait(false);
        }
    }
}
