namespace SurveyBot.Commands;

/// <summary>Words a respondent can type at any step instead of an answer.</summary>
public enum InterviewCommand
{
    /// <summary>Not a command: an answer.</summary>
    None,

    /// <summary>Explain what the step wants.</summary>
    Help,

    /// <summary>Re-ask the previous answered step and replace its answer.</summary>
    Back,

    /// <summary>Pass over an optional step.</summary>
    Skip,

    /// <summary>Start the interview again from the beginning.</summary>
    Restart,

    /// <summary>End the interview; nothing further is saved.</summary>
    Stop,

    /// <summary>Delete the respondent's stored answers and responses (after confirmation).</summary>
    ForgetMe,
}
