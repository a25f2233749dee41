using System.Text.Json.Serialization;

namespace SurveyBot.Benchmarks.BotFramework;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UserProfile))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
