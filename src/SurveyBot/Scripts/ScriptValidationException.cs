namespace SurveyBot.Scripts;

/// <summary>Thrown at start-up when a script is broken: the bot refuses to run rather than fail mid-conversation.</summary>
public sealed class ScriptValidationException : Exception
{
    /// <summary>Creates the exception with every error found.</summary>
    public ScriptValidationException(IReadOnlyList<ScriptError> errors)
        : base("The interview scripts have errors; fix them and start again:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScriptValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ScriptValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<ScriptError> Errors { get; }
}
