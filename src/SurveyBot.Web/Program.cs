using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.State;
using SurveyBot.Web.Messages;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
builder.Services.AddSingleton<IBot, PlaceholderBot>();
builder.Services.AddBotConnector(builder.Configuration);

var app = builder.Build();
app.MapBotMessages();
app.Run();

/// <summary>The host's entry point (public for integration tests).</summary>
public partial class Program;

/// <summary>Counts the turns of each conversation in conversation state and echoes the text.</summary>
internal sealed class PlaceholderBot(ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<int> _turns =
        conversationState.CreateProperty("turns", (JsonTypeInfo<int>)JsonSerializerOptions.Default.GetTypeInfo(typeof(int)));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _turns.SetAsync(turnContext, turns, cancellationToken);
        await turnContext.SendActivityAsync($"Turn {turns}: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
