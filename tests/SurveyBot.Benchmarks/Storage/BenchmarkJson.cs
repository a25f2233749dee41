using System.Text.Json.Serialization;

namespace SurveyBot.Benchmarks.Storage;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class BenchmarkJson : JsonSerializerContext;
