using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// What applies to a run of a script: conditions, the repeated part of a second experience,
/// answers kept per experience, and the progress cue.
/// </summary>
public sealed class InterviewFlow(InterviewScript script, InterviewState state)
{
    private readonly int _repeatIndex = IndexOfRepeat(script);

    /// <summary>The script the run is pinned to.</summary>
    public InterviewScript Script => script;

    /// <summary>The step that recounts another experience, if the script has one.</summary>
    public ScriptStep? RepeatStep => _repeatIndex < 0 ? null : script.Steps[_repeatIndex];

    /// <summary>True when the step is asked again for each experience.</summary>
    public bool IsPerExperience(ScriptStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (RepeatStep?.RepeatFrom is not { } from || step.AskOnce)
        {
            return false;
        }

        var index = script.IndexOf(step.Id);
        return index >= script.IndexOf(from) && index < _repeatIndex;
    }

    /// <summary>Where the answer of a step is kept for the experience being told.</summary>
    public Dictionary<string, string?> AnswersFor(ScriptStep step) =>
        IsPerExperience(step) ? state.Experiences[state.ExperienceIndex] : state.Experiences[0];

    /// <summary>Every answer that applies to experience <paramref name="experience"/> (null: skipped).</summary>
    public Dictionary<string, string?> Merged(int experience)
    {
        var merged = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, answer) in state.Experiences[0])
        {
            if (experience == 0 || script.FindStep(id) is not { } step || !IsPerExperience(step))
            {
                merged[id] = answer;
            }
        }

        foreach (var (id, answer) in state.Experiences[experience])
        {
            merged[id] = answer;
        }

        return merged;
    }

    /// <summary>The answers of an experience without the skipped steps, as analysis and responses take them.</summary>
    public Dictionary<string, string> AnswersOf(int experience) =>
        Merged(experience).Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);

    /// <summary>True when the step applies to the current experience given the answers so far.</summary>
    public bool IsAsked(ScriptStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Dictionary<string, string?>? merged = null;
        return IsAsked(step, ref merged, undecidedCounts: false);
    }

    /// <summary>True when the step has an answer (or was skipped) for the current experience.</summary>
    public bool IsAnswered(ScriptStep step) => AnswersFor(step).ContainsKey(step.Id);

    /// <summary>True when the step comes after the repeated part (the comparison of two experiences is due before it).</summary>
    public bool IsAfterRepeat(ScriptStep step) => _repeatIndex >= 0 && script.IndexOf(step.Id) > _repeatIndex;

    /// <summary>
    /// The position of a step among the steps of this experience, and how many there may be: a step
    /// whose condition rests on a question not answered yet counts, so the total only ever shrinks
    /// as answers rule steps out ("3 of 19", then "4 of 18"), never grows.
    /// </summary>
    public (int Position, int Total) Progress(ScriptStep current)
    {
        ArgumentNullException.ThrowIfNull(current);
        Dictionary<string, string?>? merged = null;
        var (position, total) = (0, 0);
        foreach (var step in script.Steps)
        {
            if (step.Id != "consent" && (step == current || IsAsked(step, ref merged, undecidedCounts: true)))
            {
                total++;
                position = step == current ? total : position;
            }
        }

        return (position, total);
    }

    // The merged answers are built at most once per caller: the progress cue asks about every step.
    private bool IsAsked(ScriptStep step, ref Dictionary<string, string?>? merged, bool undecidedCounts)
    {
        if (state.ExperienceIndex > 0 && !IsPerExperience(step) && script.IndexOf(step.Id) < _repeatIndex)
        {
            return false;
        }

        if (step.When is not { } when)
        {
            return true;
        }

        merged ??= Merged(state.ExperienceIndex);
        return (undecidedCounts && !merged.ContainsKey(when.Step)) || when.IsMetBy(merged);
    }

    private static int IndexOfRepeat(InterviewScript script)
    {
        for (var i = 0; i < script.Steps.Count; i++)
        {
            if (script.Steps[i].Action == StepAction.Repeat)
            {
                return i;
            }
        }

        return -1;
    }
}
