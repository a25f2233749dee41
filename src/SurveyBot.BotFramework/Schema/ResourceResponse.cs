namespace SurveyBot.BotFramework.Schema;

/// <summary>The id a channel assigned to an activity it accepted.</summary>
/// <param name="Id">The activity's id, or an empty string when the channel gave none.</param>
public sealed record ResourceResponse(string Id);
