using System.Text;
using SurveyBot.Scripts;

namespace SurveyBot.Tests.Scripts;

public sealed class ScriptValidatorTests
{
    private static IReadOnlyList<ScriptError> ErrorsOf(string steps) =>
        ScriptLoader.Load(Encoding.UTF8.GetBytes("id: s\ntitle: S\nsteps:\n" + steps), "s.yaml").Errors;

    [Fact]
    public void Condition_on_a_value_that_is_not_a_choice_is_rejected()
    {
        var errors = ErrorsOf("""
              - { id: mood, kind: choice, prompt: Mood?, choices: [Happy, Sad] }
              - { id: why, kind: text, prompt: Why?, when: { step: mood, in: [Angry] } }
            """);

        Assert.Equal("s.yaml:5: step 'why': 'when' compares with 'Angry', which is not a choice of step 'mood'", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Condition_on_the_step_itself_is_rejected()
    {
        var errors = ErrorsOf("  - { id: a, kind: text, prompt: A?, when: { step: a, answered: true } }\n");

        Assert.Contains("which is not asked before this one", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Condition_needs_exactly_one_test()
    {
        var errors = ErrorsOf("""
              - { id: a, kind: text, prompt: A? }
              - { id: b, kind: text, prompt: B?, when: { step: a } }
            """);

        Assert.Equal("'when' needs exactly one of 'in', 'notIn' or 'answered'", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("  - { id: a, kind: number, prompt: A?, probe: { prompt: More? } }\n", "'probe' only applies to text steps")]
    [InlineData("  - { id: a, kind: text, prompt: A?, action: summary }\n", "'action' only applies to confirm steps")]
    [InlineData("  - { id: a, kind: choice, prompt: A?, choices: [x, y], stage: any }\n", "'stage' only applies to text steps, whose answers the analysis reads as part of the story")]
    [InlineData("  - { id: a, kind: confirm, prompt: A?, action: repeat }\n", "a repeat step needs 'repeatFrom', the first step of an experience")]
    [InlineData("  - { id: a, kind: text, prompt: A?, choices: [x] }\n", "'choices' only apply to choice and multiChoice steps, not text")]
    [InlineData("  - { id: a, kind: text, prompt: A?, min: 1 }\n", "'min' and 'max' only apply to number steps, not text")]
    [InlineData("  - { id: a, kind: text, prompt: A?, recognizer: rating }\n", "the rating recognizer only applies to number steps")]
    [InlineData("  - { id: a, kind: choice, prompt: A?, choices: [x, { value: y, synonyms: [X] }] }\n", "'X' selects more than one choice")]
    [InlineData("  - { id: a b, kind: text, prompt: A? }\n", "a step id may use only letters, digits and '-'")]
    [InlineData("  - { id: a, kind: text, prompt: A?, stage: delivery }\n", "unknown stage 'delivery'; use one of pre-purchase, purchase, post-purchase, any")]
    [InlineData("  - { id: a, kind: number, prompt: A?, min: low }\n", "'min' must be a number, not 'low'")]
    [InlineData("  - { id: a, kind: text, prompt: A?, optional: maybe }\n", "'optional' must be true or false, not 'maybe'")]
    public void Misused_fields_are_rejected_with_a_clear_message(string steps, string message)
    {
        var error = Assert.Single(ErrorsOf(steps));

        Assert.Equal(message, error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Repeat_from_a_later_step_is_rejected()
    {
        var errors = ErrorsOf("""
              - { id: again, kind: confirm, prompt: Again?, action: repeat, repeatFrom: story }
              - { id: story, kind: text, prompt: Tell me }
            """);

        Assert.Equal("s.yaml:4: step 'again': 'repeatFrom' names step 'story', which is not an earlier step", Assert.Single(errors).ToString());
    }
}
