using System.Diagnostics;
using SurveyBot.Insights.Analysis;
using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Recognition;

namespace SurveyBot.Insights;

/// <summary>
/// Analyses recounted customer experiences: a whole story, one interview answer, or a whole interview; and
/// compares two experiences. Construct once and share: it is immutable and thread-safe.
/// </summary>
public sealed class ExperienceAnalyzer
{
    private static readonly HashSet<string> Skipped =
        new(StringComparer.OrdinalIgnoreCase) { "", "skip", "-", "n/a", "na", "none", "no", "pass", "prefer not to say", "nothing" };

    // The default interview's steps that tell the story, with the stage each answer is about; null
    // when its words decide (feelings may be about any stage). These ids keep their meaning in any script.
    private static readonly Dictionary<string, string?> StepStages = new(StringComparer.Ordinal)
    {
        ["pre-purchase"] = Stages.PrePurchase,
        ["purchase"] = Stages.Purchase,
        ["post-purchase"] = Stages.PostPurchase,
        ["feelings"] = null,
        ["actions"] = Stages.PostPurchase,
    };

    // The steps whose answers the whole interview's analysis reads besides the story's stages.
    private static readonly string[] FactSteps =
        ["organisation", "offering", "polarity", "rating", "persona-name", "persona-age", "persona-occupation", "goals", "needs"];

    private readonly LexiconStore _lexicons;
    private readonly StoryAnalyzer _story;

    /// <summary>
    /// The ids of the default interview's steps whose answers <see cref="AnalyzeInterview"/> reads,
    /// whatever the script: answers to any other step (a confirmation, a choice to go on) leave an
    /// interview's analysis as it was, unless it is among the story steps the script names.
    /// </summary>
    public static IReadOnlySet<string> AnalysedStepIds { get; } = new HashSet<string>(StepStages.Keys.Concat(FactSteps), StringComparer.Ordinal);

    /// <summary>
    /// True when <see cref="AnalyzeInterview"/> reads the answer to <paramref name="stepId"/>: a step of
    /// <see cref="AnalysedStepIds"/> or one of <paramref name="storySteps"/>.
    /// </summary>
    /// <param name="stepId">The step id.</param>
    /// <param name="storySteps">The script's own story steps, as given to <see cref="AnalyzeInterview"/>.</param>
    public static bool Reads(string stepId, IReadOnlyDictionary<string, string?>? storySteps) =>
        AnalysedStepIds.Contains(stepId) || storySteps?.ContainsKey(stepId) == true;

    /// <summary>Creates an analyser, loading the embedded lexicons (once per process).</summary>
    public ExperienceAnalyzer()
    {
        _lexicons = LexiconStore.Default;
        _story = new StoryAnalyzer(_lexicons);
    }

    /// <summary>Analyses an experience told as free text.</summary>
    /// <param name="story">The respondent's words: a paragraph or a whole story.</param>
    public ExperienceAnalysis Analyze(string story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var result = _story.Run([new Segment(story, null)]);
        var notes = result.Notes[0];
        var persona = new ProtoPersona(
            PersonaFinder.Name(story, _lexicons),
            PersonaFinder.Age(story),
            PersonaFinder.Occupation(story, _lexicons),
            PersonaFinder.Items(notes.Behaviours, result.Clauses, _lexicons.Habits, firstPersonOnly: true),
            PersonaFinder.Items(notes.Goals, result.Clauses, _lexicons.Goals, firstPersonOnly: false),
            PersonaFinder.Items(notes.Needs, result.Clauses, _lexicons.Needs, firstPersonOnly: false),
            Influences(result),
            Distinct(result.Feelings.Select(f => f.Emotion)),
            Distinct(result.PainPoints.Select(p => p.Category)));
        return new ExperienceAnalysis(
            OrganisationFinder.Organisation(story, _lexicons),
            OrganisationFinder.Offering(story),
            result.Polarity,
            result.Rating,
            result.Touchpoints,
            result.Feelings,
            result.PainPoints,
            result.Moments,
            result.DecisiveMoment,
            result.Lifecycle,
            persona);
    }

    /// <summary>Analyses one interview answer whose step (and so stage) is known.</summary>
    /// <param name="stepId">The step id, e.g. <c>post-purchase</c> or <c>rating</c>.</param>
    /// <param name="text">The answer.</param>
    public AnswerAnalysis AnalyzeAnswer(string stepId, string text)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        ArgumentNullException.ThrowIfNull(text);
        var stage = StepStages.GetValueOrDefault(stepId);
        if (IsSkipped(text))
        {
            return new AnswerAnalysis(stepId, stage, [], [], [], null, null);
        }

        var result = _story.Run([new Segment(text, stage)]);
        var polarity = stepId == "polarity" ? PolarityRecognizer.Recognize(text) : result.Polarity == "neutral" ? null : result.Polarity;
        var rating = stepId == "rating" ? RatingRecognizer.Recognize(text) : result.Rating;
        return new AnswerAnalysis(stepId, stage, result.Touchpoints, result.Feelings, result.PainPoints, polarity, rating);
    }

    /// <summary>Combines the answers of one interview (keyed by step id) into one analysis.</summary>
    /// <param name="answersByStepId">The answers; skipped or missing steps are left out.</param>
    /// <param name="storySteps">
    /// Steps of the script beyond the default interview's whose answers tell part of the story, by id,
    /// in the order they are asked, with the stage each is about, or null when the answer's own words
    /// decide (what went wrong may be the checkout as well as the delivery). The default interview's
    /// steps keep their meaning whatever is given here.
    /// </param>
    public ExperienceAnalysis AnalyzeInterview(IReadOnlyDictionary<string, string> answersByStepId, IReadOnlyDictionary<string, string?>? storySteps = null)
    {
        ArgumentNullException.ThrowIfNull(answersByStepId);
        string? Answer(string step)
        {
            Debug.Assert(Reads(step, storySteps), $"The step '{step}' is read but not among the analysed steps.");
            return answersByStepId.TryGetValue(step, out var a) && !IsSkipped(a) ? a.Trim() : null;
        }

        var ownSteps = storySteps?.Where(s => !AnalysedStepIds.Contains(s.Key)) ?? [];
        var segments = StepStages.Concat(ownSteps)
            .Select(step => (text: Answer(step.Key), stage: step.Value))
            .Where(x => x.text is not null)
            .Select(x => new Segment(x.text!, x.stage))
            .ToList();
        var result = _story.Run(segments);

        var polarity = Answer("polarity") is { } p ? PolarityRecognizer.Recognize(p) ?? result.Polarity : result.Polarity;
        var rating = Answer("rating") is { } r ? RatingRecognizer.Recognize(r) ?? result.Rating : result.Rating;
        var age = Answer("persona-age") is { } ageText && RatingRecognizer.ParseNumber(ageText) is { } n && n is >= 1 and <= 120 ? (int)n : (int?)null;
        var persona = new ProtoPersona(
            Answer("persona-name"),
            age,
            Answer("persona-occupation"),
            PersonaFinder.Cued(result.Clauses, _lexicons.Habits, firstPersonOnly: true),
            Answer("goals") is { } goals ? Items(goals) : [],
            Answer("needs") is { } needs ? Items(needs) : [],
            Influences(result),
            Distinct(result.Feelings.Select(f => f.Emotion)),
            Distinct(result.PainPoints.Select(pp => pp.Category)));
        var moments = result.Moments;
        return new ExperienceAnalysis(
            Answer("organisation"),
            Answer("offering"),
            polarity,
            rating,
            result.Touchpoints,
            result.Feelings,
            result.PainPoints,
            moments,
            MomentFinder.Decisive(moments, polarity),
            result.Lifecycle,
            persona);
    }

    /// <summary>Compares two experiences and says what the weaker firm should change.</summary>
    /// <param name="first">The first experience.</param>
    /// <param name="second">The second experience.</param>
    public ExperienceComparison Compare(ExperienceAnalysis first, ExperienceAnalysis second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return ExperienceComparer.Compare(first, second, _lexicons);
    }

    private List<string> Influences(StoryAnalyzer.Result result) =>
        Distinct(result.Drafts
            .Where(d => d.Stage == Stages.PrePurchase && d.Ownership != "customer-owned")
            .Select(d => _lexicons.Influences.GetValueOrDefault(d.Category))
            .OfType<string>());

    private static List<string> Items(string answer) =>
        answer.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(part => part.Length > 1)
            .ToList();

    private static List<string> Distinct(IEnumerable<string> labels) => labels.Distinct(StringComparer.Ordinal).ToList();

    private static bool IsSkipped(string answer) => Skipped.Contains(answer.Trim().TrimEnd('.', '!'));
}
