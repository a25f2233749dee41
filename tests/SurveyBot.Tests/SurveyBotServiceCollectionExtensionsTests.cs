using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Scripts;
using SurveyBot.Tests.Interview;

namespace SurveyBot.Tests;

public sealed class SurveyBotServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surveybot-boot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Bot_resolves_with_the_shipped_scripts_found_above_the_app()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        Assert.IsType<SurveyBot.Interview.SurveyBotBot>(provider.GetRequiredService<IBot>());
        Assert.NotNull(provider.GetRequiredService<ScriptCatalog>().Current("experience-interview"));
    }

    [Fact]
    public void Broken_script_fails_at_registration_with_every_error_listed()
    {
        File.WriteAllText(Path.Combine(_folder, "experience-interview.yaml"), "id: experience-interview\ntitle: X\nsteps:\n  - { id: a, kind: essay, prompt: A? }\n  - { id: a, kind: text, prompt: B? }\n");

        var error = Assert.Throws<ScriptValidationException>(() => Services(new() { ["SurveyBot:Interview:ScriptsPath"] = _folder }));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("experience-interview.yaml:4: step 'a': unknown kind 'essay'", error.Message, StringComparison.Ordinal);
        Assert.Contains("experience-interview.yaml:5: step 'a': duplicate step id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_default_script_fails_at_registration()
    {
        File.WriteAllText(Path.Combine(_folder, "other.yaml"), "id: other\ntitle: X\nsteps:\n  - { id: a, kind: text, prompt: A? }\n");

        var error = Assert.Throws<ScriptValidationException>(() => Services(new() { ["SurveyBot:Interview:ScriptsPath"] = _folder }));

        Assert.Contains("'experience-interview' was not found", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var storage = new MemoryStorage();
        var services = new ServiceCollection();
        services.AddSingleton<IStorage>(storage);
        services.AddSingleton(new ConversationState(storage));
        services.AddSingleton(new UserState(storage));
        services.AddSingleton<IResponseStore, InMemoryResponseStore>();
        services.AddSurveyBot(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
