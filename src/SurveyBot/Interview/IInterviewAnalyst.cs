namespace SurveyBot.Interview;

/// <summary>Analyses the answers of an interview: what the summary plays back and responses keep.</summary>
public interface IInterviewAnalyst
{
    /// <summary>Analyses one experience from its answers by step id.</summary>
    ExperienceSummary Summarise(IReadOnlyDictionary<string, string> answers);

    /// <summary>Compares and contrasts two experiences, as text for the respondent.</summary>
    string Compare(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second);
}
