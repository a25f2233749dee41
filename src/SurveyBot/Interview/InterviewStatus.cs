namespace SurveyBot.Interview;

/// <summary>Where an interview run stands.</summary>
public enum InterviewStatus
{
    /// <summary>Nothing asked yet.</summary>
    NotStarted,

    /// <summary>Questions are being asked.</summary>
    InProgress,

    /// <summary>Every step is done and the responses are saved.</summary>
    Completed,

    /// <summary>The respondent declined or stopped.</summary>
    Ended,
}
