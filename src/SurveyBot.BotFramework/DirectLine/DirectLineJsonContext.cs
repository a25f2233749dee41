using System.Text.Json.Serialization;

namespace SurveyBot.BotFramework.DirectLine;

/// <summary>Source-generated serialisation of Direct Line payloads, with the protocol's JSON conventions.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineTokenClaims))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
