using System.Net;

namespace SurveyBot.BotFramework.Connector;

/// <summary>A channel refused an activity, or could not be reached, after every allowed try.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a refusal with the channel's status and error code.</summary>
    public ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The channel's last HTTP status, or null when it could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the channel's error response, when it sent one.</summary>
    public string? ErrorCode { get; }
}
