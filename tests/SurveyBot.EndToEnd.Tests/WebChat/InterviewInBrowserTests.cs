using SurveyBot.EndToEnd.Tests.Support;

namespace SurveyBot.EndToEnd.Tests.WebChat;

/// <summary>
/// A respondent takes the default experience interview in the page: consent with the Yes button,
/// organisation and offering typed, polarity chosen with a button, the first stage told.
/// The picture it leaves is the README's screenshot.
/// </summary>
public sealed class InterviewInBrowserTests(LiveHost host) : IClassFixture<LiveHost>
{
    [Fact]
    public async Task Respondent_answers_the_first_interview_steps_in_the_page()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = new WebChatPage(await chromium.Context.NewPageAsync());
        await page.OpenAsync(host.BaseUrl);

        await page.ClickAsync("Yes");                                   // consent
        await page.TypeAsync("Northwind Broadband");                    // organisation
        await page.TypeAsync("home internet");                          // offering
        await page.ClickAsync("Negative");                              // polarity
        await page.TypeAsync("I compared three providers online and picked Northwind for the advertised speed."); // pre-purchase

        var answers = await page.UserMessages.AllInnerTextsAsync();
        Assert.Contains(answers, a => a.Contains("Northwind Broadband", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("Negative", StringComparison.Ordinal));
        await page.ScreenshotAsync(Path.Combine(RepositoryPaths.Docs, "webchat.png"));
    }
}
