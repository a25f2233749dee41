using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights;
using SurveyBot.Interview;
using SurveyBot.Scripts;

namespace SurveyBot;

/// <summary>Registers the bot with a host.</summary>
public static class SurveyBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot (<see cref="IBot"/>), its interview scripts and the analysis engine. The host
    /// provides <see cref="ConversationState"/>, <see cref="UserState"/>, <see cref="IStorage"/>
    /// and the response store. Scripts are loaded and validated here: a broken script throws
    /// <see cref="ScriptValidationException"/> listing every error, so the host fails at boot.
    /// </summary>
    public static IServiceCollection AddSurveyBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(InterviewOptions.SectionName);
        var options = new InterviewOptions
        {
            ScriptsPath = section["ScriptsPath"] is { Length: > 0 } path ? path : "dialogs",
            DefaultScript = section["DefaultScript"] is { Length: > 0 } script ? script : "experience-interview",
            MaxAnswerLength = int.TryParse(section["MaxAnswerLength"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : 4000,
        };
        var contentRoot = configuration["contentRoot"];

        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new ExperienceAnalyzer());
        services.AddSingleton<IInterviewAnalyst, InsightsInterviewAnalyst>();
        // Loaded now, not on first use, so that a broken script stops the host at boot with every error listed.
        services.AddSingleton(LoadCatalog(options, contentRoot));
        services.AddSingleton<IBot>(sp => new SurveyBotBot(
            sp.GetRequiredService<ScriptCatalog>(),
            sp.GetRequiredService<IInterviewAnalyst>(),
            sp.GetRequiredService<Insights.Responses.IResponseStore>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<UserState>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SurveyBotBot>>() ?? NullLogger<SurveyBotBot>.Instance));
        return services;
    }

    private static ScriptCatalog LoadCatalog(InterviewOptions options, string? contentRoot)
    {
        var catalog = ScriptCatalog.Load(ScriptDirectory.Resolve(options.ScriptsPath, contentRoot));
        if (catalog.Current(options.DefaultScript) is null)
        {
            throw new ScriptValidationException(
                $"The default interview script '{options.DefaultScript}' was not found; loaded: {string.Join(", ", catalog.Scripts.Select(s => s.Id))}. Set SurveyBot:Interview:DefaultScript.");
        }

        return catalog;
    }
}
