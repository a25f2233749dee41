using System.ComponentModel.DataAnnotations;

namespace SurveyBot.Web.Hosting;

/// <summary>Limits of the web host itself (configuration section <c>SurveyBot:Limits</c>).</summary>
internal sealed class HostLimitsOptions
{
    public const string SectionName = "SurveyBot:Limits";

    /// <summary>The largest request body Kestrel accepts, in bytes.</summary>
    [Range(1_024, 104_857_600)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}
