using System.Text.Json.Serialization;
using SurveyBot.Insights.Responses;

namespace SurveyBot.Interview;

/// <summary>
/// The progress of one interview run, kept in conversation state as JSON and saved every turn,
/// so a dropped connection or a restart loses at most the step being asked.
/// </summary>
public sealed record InterviewState
{
    /// <summary>The layout of this record, for migrations.</summary>
    public int SchemaVersion { get; set; } = 1;

    /// <summary>A fresh id per run: response ids derive from it.</summary>
    public string RunId { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The script the run is pinned to.</summary>
    public string ScriptId { get; set; } = "";

    /// <summary>The content hash of the script version the run is pinned to.</summary>
    public string ScriptHash { get; set; } = "";

    /// <summary>Where the run stands.</summary>
    public InterviewStatus Status { get; set; }

    /// <summary>True once the greeting was sent in this conversation.</summary>
    public bool Greeted { get; set; }

    /// <summary>The script step being asked; where the dialog stack stands is in its own state.</summary>
    public string? CurrentStepId { get; set; }

    /// <summary>
    /// Answers by step id, one dictionary per experience. The first also holds the steps outside
    /// the repeated part; a null value is a skipped step.
    /// </summary>
    public List<Dictionary<string, string?>> Experiences { get; set; } = [[]];

    /// <summary>The answered steps in the order answered, as <c>experience:stepId</c>, for <c>back</c>.</summary>
    public List<string> History { get; set; } = [];

    /// <summary>True once two experiences were compared.</summary>
    public bool Compared { get; set; }

    /// <summary>When consent was given.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>The step id of the last question sent, against which the respondent's next words are recorded.</summary>
    public string? LastQuestionStepId { get; set; }

    /// <summary>
    /// The transcript as runs saved before it became a list of its own kept it; the next turn moves
    /// it into that list, so a run in progress across an upgrade loses none of its lines.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("transcript")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal List<TranscriptEntry>? EarlierTranscript { get; set; }

    /// <summary>Takes the transcript of a run saved in the earlier layout, if any, and leaves the state in the current one.</summary>
    internal List<TranscriptEntry>? TakeEarlierTranscript()
    {
        var earlier = EarlierTranscript;
        EarlierTranscript = null;
        if (earlier is not null)
        {
            LastQuestionStepId ??= earlier.LastOrDefault(t => t.Sender == "bot" && t.StepId is not null)?.StepId;
        }

        return earlier;
    }

    /// <summary>The index of the experience being told.</summary>
    [JsonIgnore]
    public int ExperienceIndex => Experiences.Count - 1;
}
