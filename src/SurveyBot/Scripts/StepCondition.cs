namespace SurveyBot.Scripts;

/// <summary>
/// When a step is asked, from an earlier answer: <c>in</c> (the answer is one of), <c>notIn</c>
/// (answered, and none of), or <c>answered</c> (true: answered; false: skipped or not asked).
/// Values compare case-insensitively. A condition on a step that was not asked is false, except
/// <c>answered: false</c>.
/// </summary>
public sealed record StepCondition(string Step, IReadOnlyList<string>? In, IReadOnlyList<string>? NotIn, bool? Answered, int Line)
{
    /// <summary>Evaluates the condition against the answers so far (null value: skipped).</summary>
    public bool IsMetBy(IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        answers.TryGetValue(Step, out var answer);
        if (Answered is { } answered)
        {
            return answered == answer is not null;
        }

        if (answer is null)
        {
            return false;
        }

        if (In is not null)
        {
            return Contains(In, answer);
        }

        return NotIn is null || !Contains(NotIn, answer);
    }

    private static bool Contains(IReadOnlyList<string> values, string answer)
    {
        var parts = answer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return values.Any(v => parts.Any(p => string.Equals(v, p, StringComparison.OrdinalIgnoreCase)));
    }
}
