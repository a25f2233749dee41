using System.Globalization;

namespace SurveyBot.Scripts;

/// <summary>One problem in a script, located by file, line and (when known) step.</summary>
public sealed record ScriptError(string File, int Line, string? StepId, string Message)
{
    /// <summary>Formats as <c>file:line: step 'id': message</c>.</summary>
    public override string ToString() => StepId is null
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: step '{StepId}': {Message}");
}
