using System.Text;
using SurveyBot.Insights;

namespace SurveyBot.Cli.Commands;

/// <summary><c>surveybot analyze FILE|- [--format json|text]</c>: analyses one experience told as free text.</summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    public const int MaxCharacters = 100_000;

    private static readonly Lazy<ExperienceAnalyzer> Analyzer = new(() => new ExperienceAnalyzer());

    public string Name => "analyze";

    public string Usage => "analyze FILE|- [--format json|text]";

    public string Description => "Analyse one experience told as free text (FILE, or - for standard input).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? source = null;
        var format = "json";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--format" || arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                var value = arg.Length > "--format".Length ? arg["--format=".Length..] : i + 1 < args.Count ? args[++i] : null;
                if (value is not ("json" or "text"))
                {
                    return await FailAsync(stderr, $"--format must be json or text, not '{value ?? "(missing)"}'").ConfigureAwait(false);
                }

                format = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return await FailAsync(stderr, $"unknown option '{arg}'; usage: surveybot {Usage}").ConfigureAwait(false);
            }
            else if (source is null)
            {
                source = arg;
            }
            else
            {
                return await FailAsync(stderr, $"only one input is allowed; usage: surveybot {Usage}").ConfigureAwait(false);
            }
        }

        if (source is null)
        {
            return await FailAsync(stderr, $"no input given; usage: surveybot {Usage}").ConfigureAwait(false);
        }

        var (text, error) = await ReadInputAsync(source, stdin, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return await FailAsync(stderr, error).ConfigureAwait(false);
        }

        var analysis = Analyzer.Value.Analyze(text!);
        var output = format == "json" ? ExperienceAnalysisJson.Serialize(analysis) : AnalysisTextRenderer.Render(analysis);
        await stdout.WriteLineAsync(output.TrimEnd()).ConfigureAwait(false);
        return CommandCatalog.Ok;
    }

    private static async Task<(string? Text, string? Error)> ReadInputAsync(string source, TextReader stdin, CancellationToken cancellationToken)
    {
        string text;
        var name = source == "-" ? "standard input" : source;
        try
        {
            if (source == "-")
            {
                text = await ReadLimitedAsync(stdin, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (Directory.Exists(source))
                {
                    return (null, $"cannot read '{source}': it is a directory");
                }

                if (!File.Exists(source))
                {
                    return (null, $"cannot read '{source}': no such file");
                }

                // UTF-8 needs at most four bytes a character: anything larger cannot be within the limit.
                if (new FileInfo(source).Length > (4L * MaxCharacters) + 4)
                {
                    return (null, $"input from {name} is too long (over {MaxCharacters:N0} characters is the limit)");
                }

                var bytes = await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false);
                if (Array.IndexOf(bytes, (byte)0) >= 0)
                {
                    return (null, $"cannot read '{source}': it is a binary file, not text");
                }

                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return (null, $"cannot read '{name}': it is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read '{name}': {e.Message}");
        }

        text = text.TrimStart('\uFEFF');
        if (text.Length > MaxCharacters)
        {
            return (null, $"input from {name} is too long (over {MaxCharacters:N0} characters is the limit)");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) > text.Length / 10)
        {
            return (null, $"cannot read '{name}': it is a binary file, not text");
        }

        return string.IsNullOrWhiteSpace(text) ? (null, $"input from {name} is empty: give the experience as text") : (text, null);
    }

    // Reads at most one character past the limit, so that a huge stream is refused without being held in memory.
    private static async Task<string> ReadLimitedAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxCharacters + 2];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return new string(buffer, 0, total);
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return CommandCatalog.BadUsage;
    }
}
