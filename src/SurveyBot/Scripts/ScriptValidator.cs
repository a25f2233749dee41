using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyBot.Scripts;

/// <summary>
/// Checks what YAML alone cannot: unique ids, conditions that look only backwards, choices where
/// they are needed, sane ranges and actions on the right kinds of step.
/// </summary>
public static partial class ScriptValidator
{
    /// <summary>Returns every problem of the script (an empty list when it is valid).</summary>
    public static IReadOnlyList<ScriptError> Validate(InterviewScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var file = script.SourcePath;
        var errors = new List<ScriptError>();
        if (script.Id.Length > 0 && !IdPattern().IsMatch(script.Id))
        {
            errors.Add(new ScriptError(file, 1, null, $"script id '{script.Id}' may use only letters, digits and '-'"));
        }

        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < script.Steps.Count; index++)
        {
            var step = script.Steps[index];
            void Add(string message, int? line = null) => errors.Add(new ScriptError(file, line ?? step.Line, step.Id, message));

            if (!firstLines.TryAdd(step.Id, step.Line))
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"duplicate step id; it is first used on line {firstLines[step.Id]}"));
            }

            if (!IdPattern().IsMatch(step.Id))
            {
                Add("a step id may use only letters, digits and '-'");
            }

            CheckChoices(step, Add);
            CheckRange(step, Add);
            CheckCondition(script, index, step, Add);
            CheckExtras(script, index, step, Add);
        }

        return errors;
    }

    private static void CheckChoices(ScriptStep step, Action<string, int?> add)
    {
        var isChoice = step.Kind is StepKind.Choice or StepKind.MultiChoice;
        if (isChoice && step.Choices.Count == 0)
        {
            add($"a {Name(step.Kind)} step needs 'choices'", null);
        }
        else if (!isChoice && step.Choices.Count > 0)
        {
            add($"'choices' only apply to choice and multiChoice steps, not {Name(step.Kind)}", null);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in step.Choices.SelectMany(c => c.Synonyms.Prepend(c.Value)))
        {
            if (!seen.Add(word))
            {
                add($"'{word}' selects more than one choice", null);
            }
        }
    }

    private static void CheckRange(ScriptStep step, Action<string, int?> add)
    {
        if (step.Min is { } min && step.Max is { } max && min > max)
        {
            add(string.Create(CultureInfo.InvariantCulture, $"min ({min}) is greater than max ({max})"), null);
        }

        if ((step.Min is not null || step.Max is not null) && step.Kind != StepKind.Number)
        {
            add($"'min' and 'max' only apply to number steps, not {Name(step.Kind)}", null);
        }
    }

    private static void CheckCondition(InterviewScript script, int index, ScriptStep step, Action<string, int?> add)
    {
        if (step.When is not { } when)
        {
            return;
        }

        var target = script.IndexOf(when.Step);
        if (target < 0)
        {
            add($"'when' names step '{when.Step}', which does not exist", when.Line);
            return;
        }

        if (target >= index)
        {
            add($"'when' names step '{when.Step}', which is not asked before this one; a condition can only use earlier answers", when.Line);
            return;
        }

        var choices = script.Steps[target].Choices;
        if (choices.Count == 0)
        {
            return;
        }

        foreach (var value in (when.In ?? []).Concat(when.NotIn ?? []))
        {
            if (!choices.Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                add($"'when' compares with '{value}', which is not a choice of step '{when.Step}'", when.Line);
            }
        }
    }

    private static void CheckExtras(InterviewScript script, int index, ScriptStep step, Action<string, int?> add)
    {
        if (step.Probe is not null && step.Kind != StepKind.Text)
        {
            add("'probe' only applies to text steps", null);
        }

        if (step.Action != StepAction.None && step.Kind != StepKind.Confirm)
        {
            add("'action' only applies to confirm steps", null);
        }

        if (step.Stage is not null && step.Kind != StepKind.Text)
        {
            add("'stage' only applies to text steps, whose answers the analysis reads as part of the story", null);
        }

        if (step.Action == StepAction.Repeat)
        {
            var from = step.RepeatFrom is null ? -1 : script.IndexOf(step.RepeatFrom);
            if (step.RepeatFrom is null)
            {
                add("a repeat step needs 'repeatFrom', the first step of an experience", null);
            }
            else if (from < 0 || from >= index)
            {
                add($"'repeatFrom' names step '{step.RepeatFrom}', which is not an earlier step", null);
            }
        }
        else if (step.RepeatFrom is not null)
        {
            add("'repeatFrom' only applies to a step with 'action: repeat'", null);
        }

        if (step.Recognizer == "polarity" && step.Kind != StepKind.Choice)
        {
            add("the polarity recognizer only applies to choice steps", null);
        }
        else if (step.Recognizer == "rating" && step.Kind != StepKind.Number)
        {
            add("the rating recognizer only applies to number steps", null);
        }
    }

    private static string Name(StepKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex IdPattern();
}
