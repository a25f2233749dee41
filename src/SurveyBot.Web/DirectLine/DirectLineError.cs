namespace SurveyBot.Web.DirectLine;

/// <summary>Direct Line's error body: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
internal sealed record DirectLineError(DirectLineError.Detail Error)
{
    internal sealed record Detail(string Code, string Message);
}
