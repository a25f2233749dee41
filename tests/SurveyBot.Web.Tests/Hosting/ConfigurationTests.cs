using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SurveyBot.Web.Tests.Support;

namespace SurveyBot.Web.Tests.Hosting;

public sealed class ConfigurationTests(SurveyBotFactory factory) : IClassFixture<SurveyBotFactory>
{
    [Fact]
    public void Settings_files_are_read_once_and_not_watched()
    {
        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, file => file.Source.Path == "appsettings.json");
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }
}
