namespace SurveyBot.Scripts;

/// <summary>A loaded, valid interview script, identified by its id and the SHA-256 of its file.</summary>
public sealed record InterviewScript
{
    /// <summary>The script id (its file name without extension, by convention).</summary>
    public required string Id { get; init; }

    /// <summary>The author's version label.</summary>
    public string? Version { get; init; }

    /// <summary>The title shown to people choosing a script.</summary>
    public required string Title { get; init; }

    /// <summary>Said before the first question.</summary>
    public string? Greeting { get; init; }

    /// <summary>Said when the interview is complete.</summary>
    public string? Closing { get; init; }

    /// <summary>The steps, in the order they are asked.</summary>
    public required IReadOnlyList<ScriptStep> Steps
    {
        get;
        init
        {
            field = value;
            StorySteps = value.Where(s => s.Stage is not null).ToDictionary(s => s.Id, s => s.Stage == ScriptStep.AnyStage ? null : s.Stage, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The steps whose answers tell part of the story, by id in the order they are asked, with the
    /// stage each is about (null for <see cref="ScriptStep.AnyStage"/>): the steps that name a stage.
    /// </summary>
    public IReadOnlyDictionary<string, string?> StorySteps { get; private init; } = new Dictionary<string, string?>();

    /// <summary>Lower-case hex SHA-256 of the file's bytes: the version an interview is pinned to.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file it was loaded from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The step with this id, or null.</summary>
    public ScriptStep? FindStep(string id) => Steps.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The position of the step with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (string.Equals(Steps[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
