using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Lexicons;

/// <summary>A touchpoint cue from touchpoints.json.</summary>
/// <param name="Category">The touchpoint category the cue names.</param>
/// <param name="Priority">Higher wins when a clause holds several cues.</param>
/// <param name="Requires">Words of which one must occur in the same clause, or null.</param>
internal sealed record TouchpointCue(string Category, int Priority, PhraseSet<bool>? Requires);
