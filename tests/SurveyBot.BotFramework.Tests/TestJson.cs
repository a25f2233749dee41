using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.Tests;

[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class TestJson : JsonSerializerContext;
