namespace SurveyBot.Storage.Tests.Postgres;

/// <summary>Every PostgreSQL test shares one throwaway cluster; each test gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
