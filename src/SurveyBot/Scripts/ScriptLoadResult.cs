namespace SurveyBot.Scripts;

/// <summary>The outcome of loading one script file: the script when valid, and every error found.</summary>
public sealed record ScriptLoadResult(string File, InterviewScript? Script, IReadOnlyList<ScriptError> Errors)
{
    /// <summary>True when the script loaded without errors.</summary>
    public bool IsValid => Script is not null && Errors.Count == 0;
}
