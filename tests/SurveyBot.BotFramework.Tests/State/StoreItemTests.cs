using System.Text;
using SurveyBot.BotFramework.State;

namespace SurveyBot.BotFramework.Tests.State;

public sealed class StoreItemTests
{
    private const string Document = """{"answer":"Café crème, 5 € — très bien 👍"}""";

    [Fact]
    public void A_document_given_as_text_or_as_utf8_is_the_same_document()
    {
        var text = new StoreItem(Document, "3");
        var utf8 = StoreItem.FromUtf8(Encoding.UTF8.GetBytes(Document), "3");

        Assert.Equal(text, utf8);
        Assert.Equal(text.GetHashCode(), utf8.GetHashCode());
        Assert.Equal(Document, utf8.Json);
        Assert.Equal(Encoding.UTF8.GetBytes(Document), text.Utf8Json.ToArray());
    }

    [Fact]
    public void Documents_differ_by_content_or_by_version()
    {
        var document = new StoreItem(Document, "3");

        Assert.NotEqual(document, document.WithETag("4"));
        Assert.NotEqual(document, new StoreItem(Document.Replace("bien", "mal", StringComparison.Ordinal), "3"));
    }

    [Fact]
    public void Another_version_keeps_the_document()
    {
        var document = StoreItem.FromUtf8(Encoding.UTF8.GetBytes(Document));

        var saved = document.WithETag("7");

        Assert.Equal("7", saved.ETag);
        Assert.Equal(Document, saved.Json);
        Assert.True(saved.Utf8Json.Span.SequenceEqual(document.Utf8Json.Span));
    }
}
