using Microsoft.Extensions.Options;
using Npgsql;

namespace SurveyBot.Storage;

/// <summary>Checks the storage settings at start, so that a wrong setting stops the host with a message that says what to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.SqlitePath):
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:SqlitePath is empty; set it to a database file such as 'data/surveybot.db'.");
            case StorageProvider.Sqlite when options.SqliteCacheMegabytes is < 0 or > 65_536:
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:SqliteCacheMegabytes is {options.SqliteCacheMegabytes}; set it to a number of megabytes from 0 (no cache) to 65536.");
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(options.PostgresConnectionString):
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:Provider is Postgres but {StorageOptions.SectionName}:PostgresConnectionString is not set; " +
                    "set it to a connection string such as 'Host=db.example.org;Database=surveybot;Username=surveybot;Password=...'.");
            case StorageProvider.Postgres:
                return ValidateConnectionString(options.PostgresConnectionString!);
            case StorageProvider.Sqlite or StorageProvider.Memory:
                return ValidateOptionsResult.Success;
            default:
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:Provider '{options.Provider}' is not one of Sqlite, Postgres, Memory.");
        }
    }

    private static ValidateOptionsResult ValidateConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:PostgresConnectionString is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }
}
