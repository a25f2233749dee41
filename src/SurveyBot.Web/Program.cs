using SurveyBot;
using SurveyBot.Storage;
using SurveyBot.Web.DirectLine;
using SurveyBot.Web.Hosting;
using SurveyBot.Web.Messages;
using SurveyBot.Web.WebChat;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSurveyStorage(builder.Configuration);   // IStorage, response store, conversation and user state
builder.Services.AddSurveyBot(builder.Configuration);       // the bot: interview scripts and dialogs
builder.Services.AddDirectLine();                           // embedded Direct Line 3.0 for Web Chat
builder.Services.AddBotConnector(builder.Configuration);    // Bot Connector auth and replies (Azure Bot Service, Teams)
builder.Services.AddSurveyHost();                           // limits, JSON errors, health checks

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebSockets();

app.MapWebChat();                                           // GET / (the page), /webchat/ bundle, POST /api/webchat/token
app.MapDirectLine();                                        // /v3/directline/...
app.MapBotMessages();                                       // POST /api/messages
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
