using SurveyBot.Cli.Commands;

namespace SurveyBot.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Valid = "id: ok\ntitle: OK\nsteps:\n  - { id: a, kind: text, prompt: A? }\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("surveybot-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Valid_scripts_exit_zero()
    {
        var (code, stdout, stderr) = await RunAsync(["validate", Write("ok.yaml", Valid)]);

        Assert.Equal(0, code);
        Assert.Contains("ok.yaml: ok (1 steps)", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task The_shipped_scripts_are_valid()
    {
        var dialogs = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(dialogs.FullName, "dialogs")))
        {
            dialogs = dialogs.Parent!;
        }

        var (code, stdout, _) = await RunAsync(["validate", Path.Combine(dialogs.FullName, "dialogs")]);

        Assert.Equal(0, code);
        Assert.Contains("experience-interview.yaml: ok", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_error_is_printed_with_file_line_and_step_and_the_exit_code_is_one()
    {
        var broken = Write("broken.yaml", "id: broken\ntitle: Broken\nsteps:\n  - { id: a, kind: essay, prompt: A? }\n  - { id: b, kind: choice, prompt: B? }\n");
        var ok = Write("ok.yaml", Valid);

        var (code, stdout, stderr) = await RunAsync(["validate", broken, ok]);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{broken}:4: step 'a': unknown kind 'essay'; use one of text, choice, multiChoice, confirm, number, date",
                $"{broken}:5: step 'b': a choice step needs 'choices'",
                $"{ok}: ok (1 steps)",
            ],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("1 of 2 scripts have errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_syntax_errors_are_reported_with_their_line()
    {
        var file = Write("syntax.yaml", "id: s\ntitle: S\nsteps:\n  - id: a\n    prompt: \"unclosed\n");

        var (code, stdout, _) = await RunAsync(["validate", file]);

        Assert.Equal(1, code);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:\\d+: YAML syntax error", stdout);
    }

    [Theory]
    [InlineData(new string[0], "no script given")]
    [InlineData(new[] { "--strict" }, "unknown option '--strict'")]
    [InlineData(new[] { "missing.yaml" }, "cannot read 'missing.yaml'")]
    public async Task Bad_arguments_exit_two_with_a_one_line_message(string[] args, string message)
    {
        var (code, stdout, stderr) = await RunAsync(["validate", .. args]);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandCatalog.RunAsync(args, TextReader.Null, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
