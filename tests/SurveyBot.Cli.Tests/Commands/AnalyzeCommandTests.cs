using System.Text.Json.Nodes;
using SurveyBot.Cli.Commands;

namespace SurveyBot.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Story = "I ordered a sofa from Comfa. The courier was a week late and I was furious. I left a 1 star review.";
    private readonly string _dir = Directory.CreateTempSubdirectory("surveybot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_story_file_is_printed_as_contract_json()
    {
        var file = Write("story.txt", Story);

        var (code, stdout, stderr) = await RunAsync(["analyze", file]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("negative", json["polarity"]!.GetValue<string>());
        Assert.Equal(1, json["rating"]!.GetValue<double>());
        Assert.Contains(json["touchpoints"]!.AsArray(), t => t!["category"]!.GetValue<string>() == "delivery");
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash_and_text_format_is_readable()
    {
        var (code, stdout, _) = await RunAsync(["analyze", "-", "--format", "text"], Story);

        Assert.Equal(0, code);
        Assert.StartsWith("Experience with Comfa", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Empty_input_is_a_clear_error(string content)
    {
        var (code, stdout, stderr) = await RunAsync(["analyze", Write("empty.txt", content)]);

        AssertFailure(code, stdout, stderr, "empty");
    }

    [Fact]
    public async Task Missing_file_is_a_clear_error() =>
        AssertFailure(await RunAsync(["analyze", Path.Combine(_dir, "nope.txt")]), "no such file");

    [Fact]
    public async Task Binary_input_is_refused()
    {
        var file = Path.Combine(_dir, "image.png");
        await File.WriteAllBytesAsync(file, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0xFF]);

        AssertFailure(await RunAsync(["analyze", file]), "binary");
    }

    [Fact]
    public async Task Input_over_one_hundred_thousand_characters_is_refused() =>
        AssertFailure(await RunAsync(["analyze", "-"], new string('a', AnalyzeCommand.MaxCharacters + 1)), "too long");

    [Theory]
    [InlineData(new[] { "analyze" }, "no input")]
    [InlineData(new[] { "analyze", "a.txt", "--format", "xml" }, "--format")]
    [InlineData(new[] { "analyze", "a.txt", "--verbose" }, "unknown option")]
    [InlineData(new[] { "analyse-this" }, "unknown command")]
    public async Task Bad_arguments_exit_with_two_and_one_line(string[] args, string message) =>
        AssertFailure(await RunAsync(args), message);

    [Fact]
    public async Task No_command_prints_usage_and_exits_with_two()
    {
        var (code, _, stderr) = await RunAsync([]);

        Assert.Equal(2, code);
        Assert.Contains("surveybot analyze FILE|-", stderr, StringComparison.Ordinal);
    }

    private static void AssertFailure((int Code, string Stdout, string Stderr) result, string message) =>
        AssertFailure(result.Code, result.Stdout, result.Stderr, message);

    private static void AssertFailure(int code, string stdout, string stderr, string message)
    {
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandCatalog.RunAsync(args, input, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
