using SurveyBot;
using SurveyBot.Storage;
using SurveyBot.Web.DirectLine;
using SurveyBot.Web.Hosting;
using SurveyBot.Web.Messages;
using SurveyBot.Web.WebChat;

// Settings are read once at start-up, so nothing watches the content root for changed settings files:
// the SQLite file lives under it by default, and every write to it would wake the watcher.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

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
