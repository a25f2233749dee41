namespace SurveyBot.Web.DirectLine;

/// <summary>The user ids a client may ask a token for: Direct Line's enhanced-authentication form, <c>dl_...</c>.</summary>
internal static class UserIds
{
    public static bool IsValid(string userId) =>
        userId.Length is > 3 and <= 64
        && userId.StartsWith("dl_", StringComparison.Ordinal)
        && userId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
