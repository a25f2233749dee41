namespace SurveyBot.Insights;

/// <summary>The customer-lifecycle stages the experience reached.</summary>
/// <param name="Reach">The firm got the customer's attention.</param>
/// <param name="Acquisition">The firm drew the customer in.</param>
/// <param name="Conversion">The customer bought.</param>
/// <param name="Retention">The customer did or would buy again, or continues.</param>
/// <param name="Loyalty">The customer states a preference for the brand.</param>
/// <param name="Advocacy">The customer recommends the brand or published a positive rating.</param>
public sealed record Lifecycle(bool Reach, bool Acquisition, bool Conversion, bool Retention, bool Loyalty, bool Advocacy)
{
    /// <summary>A lifecycle in which nothing was reached.</summary>
    public static Lifecycle None { get; } = new(false, false, false, false, false, false);

    /// <summary>The names of the stages reached, in lifecycle order (e.g. <c>reach</c>, <c>conversion</c>).</summary>
    public IReadOnlyList<string> StagesReached()
    {
        var stages = new List<string>(6);
        AddIf(stages, Reach, "reach");
        AddIf(stages, Acquisition, "acquisition");
        AddIf(stages, Conversion, "conversion");
        AddIf(stages, Retention, "retention");
        AddIf(stages, Loyalty, "loyalty");
        AddIf(stages, Advocacy, "advocacy");
        return stages;
    }

    private static void AddIf(List<string> stages, bool reached, string name)
    {
        if (reached)
        {
            stages.Add(name);
        }
    }
}
