using SurveyBot.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SurveyBot.EndToEnd.Tests.WebChat;

/// <summary>The page and the embedded Direct Line work together in a real browser, whatever the bot says.</summary>
public sealed class WebChatPageTests(LiveHost host) : IClassFixture<LiveHost>
{
    [Fact]
    public async Task Page_shows_the_bot_greeting_and_a_typed_message_is_sent_and_answered()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = new WebChatPage(await chromium.Context.NewPageAsync());

        await page.OpenAsync(host.BaseUrl);
        await page.TypeAsync("Hello from the browser");

        await Expect(page.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "SurveyBot" })).ToBeVisibleAsync();
        Assert.Equal(1, await page.UserMessages.Filter(new() { HasText = "Hello from the browser" }).CountAsync());
        await page.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "webchat-smoke.png"));
    }
}
