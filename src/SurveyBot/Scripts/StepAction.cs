namespace SurveyBot.Scripts;

/// <summary>Something the bot does around a confirm step besides asking it.</summary>
public enum StepAction
{
    /// <summary>Just ask the step.</summary>
    None,

    /// <summary>Play back the analysis of the experience first; "no" lets the respondent correct a story step.</summary>
    Summary,

    /// <summary>"Yes" recounts another experience from the step named by <c>repeatFrom</c>; after two, they are compared.</summary>
    Repeat,
}
