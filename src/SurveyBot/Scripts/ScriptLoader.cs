using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SurveyBot.Scripts;

/// <summary>
/// Reads interview scripts from YAML. Every problem is collected (YAML syntax, unknown fields,
/// wrong types, then <see cref="ScriptValidator"/>'s checks) so an author sees them all at once.
/// </summary>
public static class ScriptLoader
{
    private static readonly string[] RootFields = ["id", "version", "title", "greeting", "closing", "steps"];

    private static readonly string[] StepFields =
        ["id", "kind", "label", "prompt", "retryPrompt", "help", "choices", "min", "max", "optional", "askOnce", "stage", "when", "probe", "action", "repeatFrom", "recognizer"];

    private static readonly string[] Stages = ["pre-purchase", "purchase", "post-purchase", ScriptStep.AnyStage];

    private static readonly string[] Recognizers = ["polarity", "rating"];

    private static readonly string[] Actions = ["summary", "repeat"];

    private static readonly string[] ChoiceFields = ["value", "synonyms"];

    private static readonly string[] ConditionFields = ["step", "in", "notIn", "answered"];

    private static readonly string[] ConditionTests = ["in", "notIn", "answered"];

    private static readonly string[] ProbeFields = ["prompt", "minWords"];

    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file of a folder, in name order.</summary>
    public static IReadOnlyList<ScriptLoadResult> LoadDirectory(string directory) =>
        [.. Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)];

    /// <summary>Loads one script file.</summary>
    public static ScriptLoadResult LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ScriptLoadResult(path, null, [new ScriptError(path, 0, null, "cannot read the file: " + ex.Message)]);
        }

        return Load(bytes, path);
    }

    /// <summary>Loads a script from its file's bytes; <paramref name="file"/> names it in errors.</summary>
    public static ScriptLoadResult Load(byte[] content, string file)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<ScriptError>();
        var yaml = new YamlStream();
        try
        {
            using var reader = new StringReader(new UTF8Encoding(false).GetString(content));
            yaml.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new ScriptError(file, LineOf(ex.Start), null, "YAML syntax error: " + Describe(ex)));
            return new ScriptLoadResult(file, null, errors);
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ScriptError(file, 1, null, "a script is one YAML mapping with id, title and steps"));
            return new ScriptLoadResult(file, null, errors);
        }

        var reading = new Reading(file, errors);
        var script = reading.ReadScript(root, Convert.ToHexStringLower(SHA256.HashData(content)));
        errors.AddRange(ScriptValidator.Validate(script));
        return new ScriptLoadResult(file, errors.Count == 0 ? script : null, errors);
    }

    private static int LineOf(Mark mark) => (int)Math.Min(int.MaxValue, mark.Line);

    private static string Describe(YamlException ex) =>
        ex.InnerException is YamlException inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : ex.Message;

    private sealed class Reading(string file, List<ScriptError> errors)
    {
        public InterviewScript ReadScript(YamlMappingNode root, string hash)
        {
            var fields = Fields(root, RootFields, null);
            var id = RequiredText(fields, "id", root, null);
            var steps = new List<ScriptStep>();
            if (!fields.TryGetValue("steps", out var stepsNode))
            {
                Error(root, null, "the script has no 'steps'");
            }
            else if (stepsNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Error(stepsNode, null, "'steps' must be a list of one or more steps");
            }
            else
            {
                foreach (var node in sequence.Children)
                {
                    if (ReadStep(node) is { } step)
                    {
                        steps.Add(step);
                    }
                }
            }

            return new InterviewScript
            {
                Id = id ?? "",
                Version = OptionalText(fields, "version", null),
                Title = RequiredText(fields, "title", root, null) ?? "",
                Greeting = OptionalText(fields, "greeting", null),
                Closing = OptionalText(fields, "closing", null),
                Steps = steps,
                ContentHash = hash,
                SourcePath = file,
            };
        }

        private ScriptStep? ReadStep(YamlNode node)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node, null, "a step must be a mapping with at least id, kind and prompt");
                return null;
            }

            var stepId = mapping.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) && idNode is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;
            var fields = Fields(mapping, StepFields, stepId);
            if (stepId is null)
            {
                Error(idNode ?? mapping, null, "the step has no 'id'");
                return null;
            }

            var kindText = RequiredText(fields, "kind", mapping, stepId);
            var kind = StepKind.Text;
            if (kindText is not null)
            {
                if (Enum.TryParse<StepKind>(kindText, ignoreCase: true, out var parsed) && IsCamelCaseName(kindText, parsed))
                {
                    kind = parsed;
                }
                else
                {
                    Error(fields["kind"], stepId, $"unknown kind '{kindText}'; use one of text, choice, multiChoice, confirm, number, date");
                }
            }

            return new ScriptStep
            {
                Id = stepId,
                Kind = kind,
                Label = OptionalText(fields, "label", stepId),
                Prompt = RequiredText(fields, "prompt", mapping, stepId) ?? "",
                RetryPrompt = OptionalText(fields, "retryPrompt", stepId),
                Help = OptionalText(fields, "help", stepId),
                Choices = ReadChoices(fields, stepId),
                Min = OptionalNumber(fields, "min", stepId),
                Max = OptionalNumber(fields, "max", stepId),
                Optional = OptionalBool(fields, "optional", stepId) ?? false,
                AskOnce = OptionalBool(fields, "askOnce", stepId) ?? false,
                Stage = OneOf(fields, "stage", Stages, stepId),
                When = ReadCondition(fields, stepId),
                Probe = ReadProbe(fields, stepId),
                Action = OneOf(fields, "action", Actions, stepId) switch
                {
                    "summary" => StepAction.Summary,
                    "repeat" => StepAction.Repeat,
                    _ => StepAction.None,
                },
                RepeatFrom = OptionalText(fields, "repeatFrom", stepId),
                Recognizer = OneOf(fields, "recognizer", Recognizers, stepId),
                Line = LineOf(mapping.Start),
            };
        }

        private static bool IsCamelCaseName(string text, StepKind kind)
        {
            var name = kind.ToString();
            return string.Equals(text, char.ToLowerInvariant(name[0]) + name[1..], StringComparison.Ordinal);
        }

        private List<ScriptChoice> ReadChoices(Dictionary<string, YamlNode> fields, string stepId)
        {
            if (!fields.TryGetValue("choices", out var node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node, stepId, "'choices' must be a list");
                return [];
            }

            var choices = new List<ScriptChoice>();
            foreach (var item in sequence.Children)
            {
                switch (item)
                {
                    case YamlScalarNode { Value: { Length: > 0 } value }:
                        choices.Add(new ScriptChoice(value, []));
                        break;
                    case YamlMappingNode mapping:
                        var choiceFields = Fields(mapping, ChoiceFields, stepId);
                        var choiceValue = RequiredText(choiceFields, "value", mapping, stepId);
                        if (choiceValue is not null)
                        {
                            choices.Add(new ScriptChoice(choiceValue, TextList(choiceFields, "synonyms", stepId) ?? []));
                        }

                        break;
                    default:
                        Error(item, stepId, "a choice is a text or a mapping with 'value' and 'synonyms'");
                        break;
                }
            }

            return choices;
        }

        private StepCondition? ReadCondition(Dictionary<string, YamlNode> fields, string stepId)
        {
            if (!fields.TryGetValue("when", out var node))
            {
                return null;
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(node, stepId, "'when' must be a mapping such as { step: polarity, in: [Negative, Mixed] }");
                return null;
            }

            var conditionFields = Fields(mapping, ConditionFields, stepId);
            var step = RequiredText(conditionFields, "step", mapping, stepId);
            var tests = ConditionTests.Count(conditionFields.ContainsKey);
            if (tests != 1)
            {
                Error(mapping, stepId, "'when' needs exactly one of 'in', 'notIn' or 'answered'");
            }

            return step is null
                ? null
                : new StepCondition(step, TextList(conditionFields, "in", stepId), TextList(conditionFields, "notIn", stepId), OptionalBool(conditionFields, "answered", stepId), LineOf(mapping.Start));
        }

        private StepProbe? ReadProbe(Dictionary<string, YamlNode> fields, string stepId)
        {
            if (!fields.TryGetValue("probe", out var node))
            {
                return null;
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(node, stepId, "'probe' must be a mapping with 'prompt' and optionally 'minWords'");
                return null;
            }

            var probeFields = Fields(mapping, ProbeFields, stepId);
            var prompt = RequiredText(probeFields, "prompt", mapping, stepId);
            var minWords = OptionalNumber(probeFields, "minWords", stepId) ?? 3;
            if (minWords < 1 || minWords != Math.Floor(minWords))
            {
                Error(probeFields["minWords"], stepId, "'minWords' must be a whole number of at least 1");
                minWords = 3;
            }

            return prompt is null ? null : new StepProbe((int)minWords, prompt);
        }

        private Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string[] known, string? stepId)
        {
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    var hint = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                    Error(keyNode, stepId, hint is null
                        ? $"unknown field '{key}'; expected one of {string.Join(", ", known)}"
                        : $"unknown field '{key}'; did you mean '{hint}'?");
                    continue;
                }

                if (!fields.TryAdd(key, valueNode))
                {
                    Error(keyNode, stepId, $"'{key}' is given twice");
                }
            }

            return fields;
        }

        private string? RequiredText(Dictionary<string, YamlNode> fields, string name, YamlNode owner, string? stepId)
        {
            if (!fields.ContainsKey(name))
            {
                Error(owner, stepId, $"'{name}' is required");
                return null;
            }

            return OptionalText(fields, name, stepId);
        }

        private string? OptionalText(Dictionary<string, YamlNode> fields, string name, string? stepId)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Error(node, stepId, $"'{name}' must be a non-empty text");
            return null;
        }

        private string? OneOf(Dictionary<string, YamlNode> fields, string name, string[] allowed, string stepId)
        {
            var text = OptionalText(fields, name, stepId);
            if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
            {
                Error(fields[name], stepId, $"unknown {name} '{text}'; use one of {string.Join(", ", allowed)}");
                return null;
            }

            return text;
        }

        private double? OptionalNumber(Dictionary<string, YamlNode> fields, string name, string stepId)
        {
            var text = OptionalText(fields, name, stepId);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Error(fields[name], stepId, $"'{name}' must be a number, not '{text}'");
            return null;
        }

        private bool? OptionalBool(Dictionary<string, YamlNode> fields, string name, string stepId)
        {
            var text = OptionalText(fields, name, stepId);
            if (text is null)
            {
                return null;
            }

            if (bool.TryParse(text, out var value))
            {
                return value;
            }

            Error(fields[name], stepId, $"'{name}' must be true or false, not '{text}'");
            return null;
        }

        private List<string>? TextList(Dictionary<string, YamlNode> fields, string name, string stepId)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return null;
            }

            if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
            {
                return [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)];
            }

            Error(node, stepId, $"'{name}' must be a list of texts");
            return [];
        }

        private void Error(YamlNode node, string? stepId, string message) =>
            errors.Add(new ScriptError(file, LineOf(node.Start), stepId, message));
    }
}
