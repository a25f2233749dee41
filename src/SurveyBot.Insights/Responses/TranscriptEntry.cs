using System.Text.Json.Serialization;

namespace SurveyBot.Insights.Responses;

/// <summary>One message of an interview's transcript.</summary>
/// <param name="Timestamp">When it was sent.</param>
/// <param name="Sender"><c>bot</c> or <c>user</c>.</param>
/// <param name="Text">What was said.</param>
/// <param name="StepId">The step asked or answered, when there was one.</param>
/// <remarks>
/// Without a step the property is left out, wherever the entry is written, so that the lines kept
/// in a conversation's state are already what a saved response stores (<see cref="StoredTranscript"/>).
/// </remarks>
public sealed record TranscriptEntry(
    DateTimeOffset Timestamp,
    string Sender,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StepId = null);
