using SurveyBot.BotFramework.State;
using SurveyBot.Storage.Sqlite;

namespace SurveyBot.Storage.Tests.Sqlite;

public sealed class SqliteDocumentCacheTests
{
    [Fact]
    public void A_read_that_returns_after_a_newer_commit_does_not_replace_it()
    {
        var cache = new SqliteDocumentCache(1024 * 1024);
        var generation = cache.Generation;

        cache.Committed("k", new StoreItem("{\"v\":3}", "3"));
        cache.Read("k", new StoreItem("{\"v\":2}", "2"), generation);

        Assert.True(cache.TryGet("k", out var kept));
        Assert.Equal("3", kept.ETag);
    }

    [Fact]
    public void A_read_that_began_before_the_cache_was_emptied_is_not_kept()
    {
        var cache = new SqliteDocumentCache(1024 * 1024);
        var generation = cache.Generation;

        cache.Clear();
        cache.Read("k", new StoreItem("{}", "1"), generation);

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void Emptying_forgets_every_document()
    {
        var cache = new SqliteDocumentCache(1024 * 1024);
        cache.Committed("a", new StoreItem("{}", "1"));
        cache.Committed("b", new StoreItem("{}", "1"));

        cache.Clear();

        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
    }

    [Fact]
    public void Past_its_capacity_it_drops_documents_until_a_quarter_is_free()
    {
        // 1,000 bytes of room; each document is 50 bytes of UTF-8.
        var cache = new SqliteDocumentCache(1_000);
        var document = new StoreItem("{\"text\":\"" + new string('x', 40) + "\"}", "1");

        for (var i = 0; i < 21; i++)
        {
            cache.Committed($"k{i}", document);
        }

        var kept = Enumerable.Range(0, 21).Count(i => cache.TryGet($"k{i}", out _));
        Assert.Equal(15, kept);
    }

    [Fact]
    public void With_no_capacity_it_keeps_nothing()
    {
        var cache = new SqliteDocumentCache(0);

        cache.Committed("k", new StoreItem("{}", "1"));

        Assert.False(cache.TryGet("k", out _));
    }
}
