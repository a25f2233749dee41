namespace SurveyBot.Cli.Commands;

/// <summary>
/// One sub-command of the command line. Implementations with a parameterless constructor are found by
/// <see cref="CommandCatalog"/>, so adding a command is adding one file.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The word that selects the command, e.g. "analyze".</summary>
    string Name { get; }

    /// <summary>The usage line shown in help, e.g. "analyze FILE|- [--format json|text]".</summary>
    string Usage { get; }

    /// <summary>One line saying what the command does.</summary>
    string Description { get; }

    /// <summary>Runs the command; returns the process exit code (0 ok, 2 bad arguments or input).</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
