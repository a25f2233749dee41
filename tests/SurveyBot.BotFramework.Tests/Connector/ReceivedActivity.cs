using SurveyBot.BotFramework.Schema;

namespace SurveyBot.BotFramework.Tests.Connector;

/// <summary>One activity as the fake channel received it.</summary>
internal sealed record ReceivedActivity(string Path, string Authorization, Activity Activity);
