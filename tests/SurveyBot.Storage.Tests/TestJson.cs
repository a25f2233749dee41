using System.Text.Json.Serialization;

namespace SurveyBot.Storage.Tests;

[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(int))]
internal sealed partial class TestJson : JsonSerializerContext;
