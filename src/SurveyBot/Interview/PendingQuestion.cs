namespace SurveyBot.Interview;

/// <summary>A question the bot asked that is not a script step itself.</summary>
public enum PendingQuestion
{
    /// <summary>The current step is being asked.</summary>
    None,

    /// <summary>The follow-up of a thin text answer (step id <c>{step}:probe</c>).</summary>
    Probe,

    /// <summary>Which part of the summary to fix (step id <c>fix-step</c>).</summary>
    FixStep,

    /// <summary>Whether to delete everything (step id <c>forget-me</c>).</summary>
    ForgetMe,

    /// <summary>A returning respondent: resume or start again (step id <c>resume</c>).</summary>
    Resume,

    /// <summary>The pinned script version is gone: start again on the current one (step id <c>start-again</c>).</summary>
    StartAgain,
}
