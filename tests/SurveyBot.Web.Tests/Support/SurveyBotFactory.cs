using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.Web.Tests.Support;

/// <summary>The real host over in-memory HTTP, with the test bot, a manual clock and small limits.</summary>
public sealed class SurveyBotFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-for-direct-line";
    public const int RateLimit = 8;
    public const int MaxTextLength = 200;

    public TestBot Bot { get; } = new();

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SurveyBot:Storage:Provider", "Memory");
        builder.UseSetting("SurveyBot:DirectLine:Secret", Secret);
        builder.UseSetting("SurveyBot:DirectLine:RateLimitPerWindow", RateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SurveyBot:DirectLine:RateLimitWindowSeconds", "60");
        builder.UseSetting("SurveyBot:DirectLine:MaxTextLength", MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SurveyBot:DirectLine:HeartbeatSeconds", "1");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(Bot);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
