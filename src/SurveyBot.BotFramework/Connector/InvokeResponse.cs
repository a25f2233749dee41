using System.Text.Json.Nodes;

namespace SurveyBot.BotFramework.Connector;

/// <summary>What the HTTP response to an inbound activity carries.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
