using Microsoft.Extensions.Logging;
using SurveyBot.BotFramework.State;
using SurveyBot.Insights.Responses;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>What the interview's dialogs work with, shared by every conversation.</summary>
internal sealed record InterviewServices(
    ScriptCatalog Catalog,
    IInterviewAnalyst Analyst,
    IResponseStore Responses,
    IStorage Storage,
    InterviewOptions Options,
    TimeProvider Time,
    ILogger Logger);
