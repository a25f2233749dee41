using SurveyBot.BotFramework.Schema;

namespace SurveyBot.Web.DirectLine;

/// <summary>The optional body of tokens/generate and conversations: who the user is.</summary>
internal sealed record TokenParameters(ChannelAccount? User);
