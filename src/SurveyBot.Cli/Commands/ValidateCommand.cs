using SurveyBot.Scripts;

namespace SurveyBot.Cli.Commands;

/// <summary><c>surveybot validate FILE|DIR...</c>: checks interview scripts as the bot does at start-up.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public const int Invalid = 1;

    public string Name => "validate";

    public string Usage => "validate FILE|DIR...";

    public string Description => "Check interview scripts (YAML files, or every *.yaml of a folder); prints file:line: step 'id': message per error.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            return await FailAsync(stderr, $"no script given; usage: surveybot {Usage}").ConfigureAwait(false);
        }

        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            return await FailAsync(stderr, $"unknown option '{option}'; usage: surveybot {Usage}").ConfigureAwait(false);
        }

        var files = new List<string>();
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(Directory.EnumerateFiles(arg, "*.yaml").Concat(Directory.EnumerateFiles(arg, "*.yml")).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(arg))
            {
                files.Add(arg);
            }
            else
            {
                return await FailAsync(stderr, $"cannot read '{arg}': no such file or folder").ConfigureAwait(false);
            }
        }

        var broken = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = ScriptLoader.LoadFile(file);
            if (result.Errors.Any(e => e.Line == 0))
            {
                return await FailAsync(stderr, result.Errors[0].ToString()).ConfigureAwait(false);
            }

            if (result.IsValid)
            {
                await stdout.WriteLineAsync($"{file}: ok ({result.Script!.Steps.Count} steps)").ConfigureAwait(false);
                continue;
            }

            broken++;
            foreach (var error in result.Errors)
            {
                await stdout.WriteLineAsync(error.ToString()).ConfigureAwait(false);
            }
        }

        if (broken > 0)
        {
            await stderr.WriteLineAsync($"{broken} of {files.Count} scripts have errors").ConfigureAwait(false);
            return Invalid;
        }

        return CommandCatalog.Ok;
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return CommandCatalog.BadUsage;
    }
}
