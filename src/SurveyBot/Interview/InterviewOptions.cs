namespace SurveyBot.Interview;

/// <summary>Configuration section <c>SurveyBot:Interview</c>.</summary>
public sealed class InterviewOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SurveyBot:Interview";

    /// <summary>The folder of the interview scripts, absolute or relative to the content root (or any folder above the app).</summary>
    public string ScriptsPath { get; set; } = "dialogs";

    /// <summary>The script a new conversation runs.</summary>
    public string DefaultScript { get; set; } = "experience-interview";

    /// <summary>The longest answer accepted, in characters.</summary>
    public int MaxAnswerLength { get; set; } = 4000;
}
