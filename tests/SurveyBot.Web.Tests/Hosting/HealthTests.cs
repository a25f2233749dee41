using System.Net;
using SurveyBot.Web.Tests.Support;

namespace SurveyBot.Web.Tests.Hosting;

public sealed class HealthTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    [Fact]
    public async Task Healthz_is_200_when_storage_answers_and_the_bot_resolves()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
