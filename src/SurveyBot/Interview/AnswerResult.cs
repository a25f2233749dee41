namespace SurveyBot.Interview;

/// <summary>An understood answer in its stored form, or why it was not understood.</summary>
public sealed record AnswerResult(string? Value, string? Problem = null)
{
    /// <summary>True when the answer was understood.</summary>
    public bool Understood => Value is not null;

    /// <summary>An answer that was not understood, with an optional specific reason.</summary>
    public static AnswerResult NotUnderstood(string? problem = null) => new(null, problem);
}
