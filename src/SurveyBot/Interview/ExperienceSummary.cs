using System.Text.Json.Nodes;

namespace SurveyBot.Interview;

/// <summary>The analysis of one experience: the contract's JSON object and a readable playback.</summary>
public sealed record ExperienceSummary(JsonObject Analysis, string Text);
