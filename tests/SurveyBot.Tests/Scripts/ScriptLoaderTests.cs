using System.Text;
using SurveyBot.Scripts;

namespace SurveyBot.Tests.Scripts;

public sealed class ScriptLoaderTests
{
    private static ScriptLoadResult Load(string yaml) => ScriptLoader.Load(Encoding.UTF8.GetBytes(yaml), "test.yaml");

    private static string Errors(ScriptLoadResult result) => string.Join("\n", result.Errors);

    [Fact]
    public void Valid_script_loads_with_its_steps_and_content_hash()
    {
        var result = Load("""
            id: tiny
            title: Tiny
            steps:
              - id: colour
                kind: choice
                prompt: Which colour?
                choices:
                  - Red
                  - value: Blue
                    synonyms: [navy, azure]
              - id: why
                kind: text
                prompt: Why?
                when: { step: colour, in: [Blue] }
                probe: { minWords: 2, prompt: Say more? }
            """);

        Assert.True(result.IsValid, Errors(result));
        var script = result.Script!;
        Assert.Equal("tiny", script.Id);
        Assert.Equal(["colour", "why"], script.Steps.Select(s => s.Id));
        Assert.Equal(["navy", "azure"], script.Steps[0].Choices[1].Synonyms);
        Assert.Equal(2, script.Steps[1].Probe!.MinWords);
        Assert.Equal(64, script.ContentHash.Length);
        Assert.Equal(4, script.Steps[1].Line - 7);
    }

    [Fact]
    public void Same_bytes_give_the_same_hash_and_changed_bytes_another()
    {
        const string yaml = "id: a\ntitle: A\nsteps:\n  - { id: x, kind: text, prompt: X? }\n";
        Assert.Equal(Load(yaml).Script!.ContentHash, Load(yaml).Script!.ContentHash);
        Assert.NotEqual(Load(yaml).Script!.ContentHash, Load(yaml + "# changed\n").Script!.ContentHash);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_its_line()
    {
        var result = Load("id: broken\ntitle: Broken\nsteps:\n  - id: a\n    kind: text\n   prompt: [unclosed\n");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Script);
        Assert.StartsWith("test.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 5, 7);
    }

    [Fact]
    public void Unknown_kind_is_reported_on_its_line_with_the_step_id()
    {
        var result = Load("id: s\ntitle: S\nsteps:\n  - id: feelings\n    kind: essay\n    prompt: How?\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("test.yaml:5: step 'feelings': unknown kind 'essay'; use one of text, choice, multiChoice, confirm, number, date", error.ToString());
    }

    [Fact]
    public void Unknown_field_suggests_the_right_spelling()
    {
        var result = Load("id: s\ntitle: S\nsteps:\n  - id: a\n    kind: text\n    prompt: A?\n    retryprompt: Again?\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(7, error.Line);
        Assert.Equal("a", error.StepId);
        Assert.Contains("did you mean 'retryPrompt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var result = Load("title: S\nsteps:\n  - id: a\n    kind: text\n  - kind: text\n    prompt: B?\n");

        Assert.Contains(result.Errors, e => e.Message == "'id' is required" && e.StepId is null);
        Assert.Contains(result.Errors, e => e.StepId == "a" && e.Message == "'prompt' is required" && e.Line == 3);
        Assert.Contains(result.Errors, e => e.Message == "the step has no 'id'" && e.Line == 5);
    }

    [Fact]
    public void Every_error_of_a_script_is_reported_at_once()
    {
        var result = Load("""
            id: many
            title: Many
            steps:
              - id: a
                kind: text
                prompt: A?
                when: { step: b, in: [x] }
              - id: a
                kind: choice
                prompt: Again?
              - id: b
                kind: number
                prompt: B?
                min: 5
                max: 1
              - id: c
                kind: text
                prompt: C?
                when: { step: nowhere, answered: true }
            """);

        Assert.Null(result.Script);
        Assert.Equal(
            [
                "test.yaml:7: step 'a': 'when' names step 'b', which is not asked before this one; a condition can only use earlier answers",
                "test.yaml:8: step 'a': duplicate step id; it is first used on line 4",
                "test.yaml:8: step 'a': a choice step needs 'choices'",
                "test.yaml:11: step 'b': min (5) is greater than max (1)",
                "test.yaml:19: step 'c': 'when' names step 'nowhere', which does not exist",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Unreadable_file_is_an_error_not_an_exception()
    {
        var result = ScriptLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.yaml"));

        Assert.False(result.IsValid);
        Assert.Contains("cannot read the file", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
