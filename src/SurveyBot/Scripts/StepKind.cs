namespace SurveyBot.Scripts;

/// <summary>What kind of answer a step expects; the YAML spelling is the camelCase name.</summary>
public enum StepKind
{
    /// <summary>Free text in the respondent's own words.</summary>
    Text,

    /// <summary>One of the step's choices.</summary>
    Choice,

    /// <summary>One or more of the step's choices.</summary>
    MultiChoice,

    /// <summary>Yes or no.</summary>
    Confirm,

    /// <summary>A number, optionally between min and max.</summary>
    Number,

    /// <summary>A date ("last Friday", "2 March").</summary>
    Date,
}
