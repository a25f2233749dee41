using System.Text.Json.Serialization;
using SurveyBot.BotFramework.Dialogs.Choices;
using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Dialogs;

/// <summary>
/// Source-generated serialisation metadata for the dialog stack and prompt state, with the
/// protocol's conventions (camelCase, nulls omitted). Also offers the primitive types that
/// waterfall steps store in <see cref="StepValues"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(List<FoundChoice>))]
[JsonSerializable(typeof(DateTimeResolution))]
[JsonSerializable(typeof(List<DateTimeResolution>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
