using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SurveyBot.EndToEnd.Tests.Support;

/// <summary>The Web Chat page as a respondent sees it: bot bubbles, the send box, suggested-action buttons.</summary>
public sealed class WebChatPage(IPage page)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patience = new() { Timeout = 30_000 };

    public IPage Page => page;

    public ILocator BotMessages => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserMessages => page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    public ILocator SendBox => page.GetByPlaceholder("Type your message");

    public async Task OpenAsync(string baseUrl)
    {
        await page.GotoAsync(baseUrl);
        await Expect(BotMessages.First).ToBeVisibleAsync(Patience);
    }

    /// <summary>Types an answer, sends it, and waits until it shows as sent and the bot has answered it.</summary>
    public async Task TypeAsync(string text)
    {
        var before = await BotMessages.CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Expect(UserMessages.Filter(new() { HasText = text }).Last).ToBeVisibleAsync(Patience);
        await Expect(BotMessages.Nth(before)).ToBeVisibleAsync(Patience);
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
    }

    /// <summary>Clicks a suggested action once it is offered, and waits until the bot has answered it.</summary>
    public async Task ClickAsync(string title)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
        await Expect(button.Last).ToBeVisibleAsync(Patience);
        var before = await BotMessages.CountAsync();
        await button.Last.ClickAsync();
        await Expect(UserMessages.Filter(new() { HasText = title }).Last).ToBeVisibleAsync(Patience);
        await Expect(BotMessages.Nth(before)).ToBeVisibleAsync(Patience);
    }

    public async Task ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
    }
}
