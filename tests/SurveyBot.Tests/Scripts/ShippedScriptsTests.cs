using SurveyBot.Scripts;

namespace SurveyBot.Tests.Scripts;

public sealed class ShippedScriptsTests
{
    private static readonly string ScriptsFolder = ScriptDirectory.Resolve("dialogs", null);

    public static TheoryData<string> ShippedScripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ScriptsFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScripts))]
    public void Shipped_script_is_valid_and_points_editors_at_the_schema(string fileName)
    {
        var path = Path.Combine(ScriptsFolder, fileName);
        var result = ScriptLoader.LoadFile(path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), result.Script!.Id);
        Assert.StartsWith("# yaml-language-server: $schema=./interview.schema.json", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_interview_has_the_contract_step_ids_in_order()
    {
        var script = ScriptLoader.LoadFile(Path.Combine(ScriptsFolder, "experience-interview.yaml")).Script!;
        string[] contract =
        [
            "consent", "organisation", "offering", "polarity", "pre-purchase", "purchase", "post-purchase", "feelings", "actions",
            "rating", "persona-name", "persona-age", "persona-occupation", "goals", "needs", "confirm-summary", "another",
        ];

        Assert.Equal(contract, script.Steps.Select(s => s.Id).Where(contract.Contains));
        Assert.All(script.Steps.Where(s => s.Kind == StepKind.Text), s => Assert.True(s.Optional, s.Id + " should accept skip"));
    }

    [Fact]
    public void Schema_is_valid_json_that_lists_every_kind()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(ScriptsFolder, "interview.schema.json")))!;
        var kinds = schema["$defs"]!["step"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal(["text", "choice", "multiChoice", "confirm", "number", "date"], kinds);
    }
}
