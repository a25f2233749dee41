using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Connector;

namespace SurveyBot.Web.Messages;

/// <summary>Registers what <c>/api/messages</c> needs.</summary>
public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Connector authentication settings (the usual root keys
    /// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c>, and <c>OpenIdMetadataUrl</c>, <c>TokenEndpoint</c>,
    /// <c>ToChannelFromBotScope</c> to override the endpoints), the token validator, the Connector
    /// client (retries in <c>SurveyBot:Connector</c>), the <see cref="CloudAdapter"/> and the
    /// endpoint's limits (<c>SurveyBot:Messages</c>). The settings are checked when the host starts.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkAuthenticationOptions>()
            .Bind(configuration)
            .Validate(
                o => !string.Equals(o.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase),
                "MicrosoftAppType UserAssignedMSI is not supported; use MultiTenant or SingleTenant with MicrosoftAppPassword.")
            .Validate(
                o => o.IsAuthenticationDisabled || !string.IsNullOrWhiteSpace(o.MicrosoftAppPassword),
                "MicrosoftAppId is set but MicrosoftAppPassword is empty: replies could not be authenticated.")
            .Validate(
                o => !o.IsSingleTenant || !string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId),
                "MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty.")
            .ValidateOnStart();
        services.AddOptions<ConnectorClientOptions>()
            .Bind(configuration.GetSection("SurveyBot:Connector"))
            .Validate(o => o.MaxAttempts >= 1, "SurveyBot:Connector:MaxAttempts must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<BotMessagesOptions>()
            .Bind(configuration.GetSection(BotMessagesOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes > 0, "SurveyBot:Messages:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();

        // Azure Bot Service gives up on a bot after about 15 s; a single call to a channel must
        // leave room for a retry within that.
        // Every reply is a call to the channel: the factory's per-request logging handlers would log
        // each one and cost more than the call itself on loopback; failures are logged by the client.
        services.AddHttpClient(ConnectorClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
            .RemoveAllLoggers();
        services.AddSingleton<JwtTokenValidator>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton(provider => (CloudAdapter)ActivatorUtilities.CreateInstance<CloudAdapter>(provider).Use(new RecipientMentionMiddleware()));
        return services;
    }
}
