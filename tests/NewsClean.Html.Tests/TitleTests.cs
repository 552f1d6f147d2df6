using System;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>Issue 10, titles: the headline by agreement of the page's statements; a site part cut only when it is the site.</summary>
public sealed class TitleTests
{
    private const string Body =
        "<p>The council met on Tuesday evening and voted to approve the new budget for the coming year after a long debate.</p>"
        + "<p>Members said the plan would fund road repairs, two new schools and a larger library in the town centre.</p>"
        + "<p>The mayor thanked residents who had written in and said the money would be spent with care and in public.</p>";

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    private string? Title(string head, string heading = "") =>
        _extractor.Extract("<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body><header><a href=\"/\">Town Herald</a></header><article>"
            + heading + Body + "</article></body></html>").Metadata.Title;

    [Fact]
    public void JsonLd_AHeadlineThatIsAShortDescription_YieldsToTheNameTheTitleShows()
    {
        const string Head = "<title>Common blackbird - Encyclopedia</title><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"name\":\"Common blackbird\",\"headline\":\"Species of bird\"}</script>";

        Assert.Equal("Common blackbird", Title(Head));
    }

    [Fact]
    public void JsonLd_AHeadlineTheTitleAgreesWith_IsKept()
    {
        const string Head = "<title>Council passes budget - Town Herald</title><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"name\":\"Town Herald\",\"headline\":\"Council passes budget\"}</script>";

        Assert.Equal("Council passes budget", Title(Head));
    }

    [Theory]
    [InlineData("Google beats Apple in search case | Google", "Google", "Google beats Apple in search case")]
    [InlineData("Why Google beat Apple", "Google", "Why Google beat Apple")]
    [InlineData("Council passes budget | Town Herald Online", "Town Herald", "Council passes budget")]
    [InlineData("Council passes budget - www.townherald.com", "townherald", "Council passes budget")]
    [InlineData("Town Herald: Council passes budget", "Town Herald", "Town Herald: Council passes budget")]
    [InlineData("Apple TV", "Apple", "Apple TV")]
    public void ASitePart_IsCutOnlyWhenItIsTheSite(string ogTitle, string site, string expected)
    {
        var head = $"<meta property=\"og:title\" content=\"{ogTitle}\"><meta property=\"og:site_name\" content=\"{site}\">";

        Assert.Equal(expected, Title(head));
    }

    [Fact]
    public void AMetaTitleThatIsOnlyTheSiteName_YieldsToTheHeadline()
    {
        const string Head = "<title>Town Herald</title><meta property=\"og:title\" content=\"Town Herald\"><meta property=\"og:site_name\" content=\"Town Herald\">";

        Assert.Equal("Council passes budget for next year", Title(Head, "<h1>Council passes budget for next year</h1>"));
    }

    [Fact]
    public void AHeadingThatTheTitleNamesToo_OutvotesAMetaTitleNeitherShows()
    {
        const string Head = "<title>Council passes budget for next year | Town Herald</title><meta property=\"og:title\" content=\"Read this before you pay your taxes\"><meta property=\"og:site_name\" content=\"Town Herald\">";

        Assert.Equal("Council passes budget for next year", Title(Head, "<h1>Council passes budget for next year</h1>"));
    }

    [Fact]
    public void AHeadingWithAKicker_DoesNotOutvoteTheMetaTitleItHolds()
    {
        const string Head = "<title>Budget vote in the town hall: Council passes budget for next year | Town Herald</title><meta property=\"og:title\" content=\"Council passes budget for next year\"><meta property=\"og:site_name\" content=\"Town Herald\">";

        Assert.Equal("Council passes budget for next year", Title(Head, "<h1><span>Budget vote in the town hall</span> Council passes budget for next year</h1>"));
    }

    /// <summary>Metamorphic: the separator a site puts between headline and name does not change the headline.</summary>
    [Theory]
    [InlineData(" | ")]
    [InlineData(" - ")]
    [InlineData(" – ")]
    [InlineData(" — ")]
    [InlineData(" » ")]
    [InlineData(" :: ")]
    public void TheSeparatorBeforeTheSiteName_DoesNotChangeTheTitle(string separator)
    {
        var head = $"<title>Council passes budget for next year{separator}Town Herald</title>";

        Assert.Equal("Council passes budget for next year", Title(head));
    }
}
