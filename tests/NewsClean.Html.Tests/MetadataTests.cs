using System;
using NewsClean.Core;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>Where each field comes from when pages disagree or leave it out.</summary>
public sealed class MetadataTests
{
    private const string Body =
        "<p>The council approved the new budget on Tuesday, after a debate that lasted most of the afternoon and evening.</p>"
        + "<p>Members voted eleven to four in favour, with two abstentions, and the mayor said the vote settled a dispute that began last spring.</p>"
        + "<p>The budget raises spending on roads and schools, and cuts the cost of running the town hall by a tenth over two years.</p>";

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    [Fact]
    public void HostFieldsWinOverThePage()
    {
        var html = Page("<meta property=\"og:title\" content=\"Council passes budget\"><meta property=\"article:published_time\" content=\"2021-06-01T09:00:00Z\">", "<h1>Council passes budget</h1>");
        var input = new DocumentInput(html) { Title = "Budget approved", Date = "2021-06-03", Source = "Wire", Url = "https://example.test/a" };
        var article = _extractor.CleanHtml(input, CleanerOptions.Default).Article!;
        Assert.Equal("Budget approved", article.Title);
        Assert.Equal(new DateTime(2021, 6, 3), article.PublishedAt!.Value.Date);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("https://example.test/a", article.Url);
        Assert.DoesNotContain("Council passes budget", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ModifiedDateNeverStandsInForPublished()
    {
        var html = Page("<meta property=\"article:modified_time\" content=\"2022-02-02T10:00:00Z\">", "<h1>Council passes budget</h1>");
        var metadata = _extractor.Extract(html).Metadata;
        Assert.Null(metadata.PublishedAt);
        Assert.Equal(new DateTimeOffset(2022, 2, 2, 10, 0, 0, TimeSpan.Zero), metadata.ModifiedAt);
    }

    [Fact]
    public void TimeElementGivesThePublishDate()
    {
        var html = Page(string.Empty, "<h1>Council passes budget</h1><div class=\"meta\"><time datetime=\"2019-05-06T10:00:00+02:00\">6 May 2019</time></div>");
        var metadata = _extractor.Extract(html).Metadata;
        Assert.Equal(new DateTimeOffset(2019, 5, 6, 10, 0, 0, TimeSpan.FromHours(2)), metadata.PublishedAt);
    }

    [Fact]
    public void VisibleArabicDateLineGivesThePublishDateWhenTheMetaTagsDoNot()
    {
        var fixture = HtmlFixture.Get("div-soup");
        var page = System.Text.Encoding.UTF8.GetString(fixture.Bytes);
        const string meta = "<meta property=\"article:published_time\" content=\"2023-03-14T10:30:00+02:00\" />";
        Assert.Contains(meta, page, StringComparison.Ordinal);
        var metadata = _extractor.Extract(page.Replace(meta, string.Empty, StringComparison.Ordinal)).Metadata;
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 10, 30, 0, TimeSpan.Zero), metadata.PublishedAt);
    }

    [Fact]
    public void JsonLdGraphGivesHeadlineDatesAuthorsKeywordsAndPublisher()
    {
        const string jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"Town Herald\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Council passes budget\",\"datePublished\":\"2020-09-01\",\"dateModified\":\"2020-09-02T08:00:00Z\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Ray\"}],\"keywords\":\"budget, council\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Town Herald\"},},]}</script>";
        var metadata = _extractor.Extract(Page(jsonLd, "<h1>Council passes budget</h1>")).Metadata;
        Assert.Equal("Council passes budget", metadata.Title);
        Assert.Equal(new DateTimeOffset(2020, 9, 1, 0, 0, 0, TimeSpan.Zero), metadata.PublishedAt);
        Assert.Equal(new DateTimeOffset(2020, 9, 2, 8, 0, 0, TimeSpan.Zero), metadata.ModifiedAt);
        Assert.Equal("Ann Lee, Bo Ray", metadata.Byline);
        Assert.Equal(new[] { "budget", "council" }, metadata.Keywords);
        Assert.Equal("Town Herald", metadata.Site);
    }

    [Fact]
    public void ArticleMetaTagWinsOverAWebPageObjectsDate()
    {
        const string head = "<meta property=\"article:published_time\" content=\"2024-05-21T08:00:00Z\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"datePublished\":\"2024-01-01\"}</script>";
        var metadata = _extractor.Extract(Page(head, "<h1>Council passes budget</h1>")).Metadata;
        Assert.Equal(new DateTimeOffset(2024, 5, 21, 8, 0, 0, TimeSpan.Zero), metadata.PublishedAt);
    }

    [Fact]
    public void HeadlineElementWinsOverAnOgTitleCarryingTheSiteName()
    {
        var html = Page("<meta property=\"og:title\" content=\"Council passes budget | Town Herald\"><meta property=\"og:site_name\" content=\"Town Herald\">", "<h1>Council passes budget</h1>");
        Assert.Equal("Council passes budget", _extractor.Extract(html).Metadata.Title);
    }

    [Fact]
    public void DocumentTitleIsTheLastResortWithoutTheSiteName()
    {
        var html = "<html><head><title>Council passes budget after long debate - Town Herald</title></head><body><div>" + Body + "</div></body></html>";
        var metadata = _extractor.Extract(html).Metadata;
        Assert.Equal("Council passes budget after long debate", metadata.Title);
        Assert.Equal("Town Herald", metadata.Site);
    }

    [Fact]
    public void SiteLogoHeadingIsNotTheTitle()
    {
        var html = "<html><head><title>Council passes budget after long debate | Town Herald</title><meta property=\"og:site_name\" content=\"Town Herald\"></head>"
            + "<body><div class=\"logo\"><h1>Town Herald</h1></div><div class=\"story\"><h2>Council passes budget after long debate</h2>" + Body + "</div></body></html>";
        Assert.Equal("Council passes budget after long debate", _extractor.Extract(html).Metadata.Title);
    }

    [Fact]
    public void CanonicalUrlAndLanguageAreRead()
    {
        var html = "<html lang=\"en-GB\"><head><link rel=\"canonical\" href=\"https://example.test/news/budget\"><meta property=\"og:url\" content=\"https://example.test/other\"></head><body><h1>Council passes budget</h1>" + Body + "</body></html>";
        var metadata = _extractor.Extract(html).Metadata;
        Assert.Equal("https://example.test/news/budget", metadata.Url);
        Assert.Equal("en-GB", metadata.Language);
    }

    private static string Page(string head, string beforeBody) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        + "<article>" + beforeBody + Body + "</article><footer>Copyright Town Herald</footer></body></html>";
}
