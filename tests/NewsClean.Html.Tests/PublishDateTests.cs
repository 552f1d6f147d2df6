using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsClean.Html.Metadata;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>
/// The publication date: each source kind on its own, the order they are trusted in, published kept apart from modified,
/// day/month order, and invariants (furniture and comments around the article never change the date).
/// </summary>
public sealed class PublishDateTests
{
    private const string Body =
        "<p>The council approved the new budget on Tuesday, after a debate that lasted most of the afternoon and evening.</p>"
        + "<p>Members voted eleven to four in favour, with two abstentions, and the mayor said the vote settled a dispute that began last spring.</p>"
        + "<p>The budget raises spending on roads and schools, and cuts the cost of running the town hall by a tenth over two years.</p>";

    private const string Headline = "<h1>Council passes budget</h1>";

    private const string Sidebar =
        "<aside class=\"sidebar\"><h3>Latest</h3><ul><li><a href=\"/x\">Bridge reopens</a> <time datetime=\"2018-02-02T08:00:00Z\">2 Feb 2018</time></li>"
        + "<li><a href=\"/y\">Fair returns</a> <span class=\"date\">05.01.2018</span></li></ul></aside>";

    private const string Comments =
        "<div id=\"comments\" class=\"comments\"><div class=\"comment\"><span class=\"comment-date\">March 9, 2021</span><p>Good news for the town.</p></div>"
        + "<div class=\"comment\"><time datetime=\"2021-03-10T10:00:00Z\">10 Mar 2021</time><p>About time.</p></div></div>";

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    public static IEnumerable<object[]> DateLines()
    {
        foreach (var line in File.ReadAllLines(HtmlFixture.FixturePath("date-lines.tsv")))
        {
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            yield return new object[] { parts[0], parts[1], parts[2] };
        }
    }

    [Theory]
    [MemberData(nameof(DateLines))]
    public void VisibleDateLineUnderTheHeadlineGivesTheDay(string language, string line, string expected)
    {
        var metadata = Extract(Page(string.Empty, Headline + "<div class=\"meta\">" + line + "</div>", language));
        if (expected == "-")
        {
            Assert.Null(metadata.PublishedAt);
            return;
        }

        Assert.Equal(expected, Day(metadata.PublishedAt));
        Assert.Equal(DateSource.HeaderText, metadata.PublishedSource);
    }

    [Theory]
    [MemberData(nameof(DateLines))]
    public void FurnitureAndCommentsAroundTheArticleNeverChangeTheDate(string language, string line, string expected)
    {
        var plain = Extract(Page(string.Empty, Headline + "<p class=\"byline\">" + line + "</p>", language));
        var crowded = Extract(Page(string.Empty, Headline + "<p class=\"byline\">" + line + "</p>", language, before: Sidebar, after: Comments));
        Assert.Equal(Day(plain.PublishedAt), Day(crowded.PublishedAt));
        Assert.Equal(expected == "-" ? null : expected, Day(plain.PublishedAt));
    }

    [Fact]
    public void EveryMonthNameOfEveryLanguageReadsAsItsMonth()
    {
        var names = new Dictionary<string, string[]>
        {
            ["en"] = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" },
            ["de"] = new[] { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember" },
            ["fr"] = new[] { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" },
            ["es"] = new[] { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre" },
            ["it"] = new[] { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre" },
            ["pt"] = new[] { "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro" },
            ["tr"] = new[] { "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık" },
            ["nl"] = new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" },
        };

        foreach (var (language, months) in names)
        {
            for (var i = 0; i < 12; i++)
            {
                foreach (var name in new[] { months[i], months[i].ToUpperInvariant(), months[i].ToLowerInvariant() })
                {
                    var dates = DateText.FindAll("14 " + name + " 2019", DayOrder.DayFirst, DateValue.Latest, allowShortYear: false);
                    Assert.True(dates.Count == 1, language + " " + name);
                    Assert.Equal(new DateTime(2019, i + 1, 14), dates[0].Value.Date);
                }
            }
        }
    }

    [Theory]
    [InlineData("en-US", "04/05/2019", 4, 5)]
    [InlineData("en", "04/05/2019", 4, 5)]
    [InlineData("en-GB", "04/05/2019", 5, 4)]
    [InlineData("de", "04/05/2019", 5, 4)]
    [InlineData("fr", "04/05/2019", 5, 4)]
    [InlineData(null, "04/05/2019", 5, 4)]
    [InlineData("en-US", "04.05.2019", 5, 4)]
    [InlineData("en-US", "25/05/2019", 5, 25)]
    [InlineData("de", "05/25/2019", 5, 25)]
    public void AmbiguousNumericDatesFollowTheLanguageUnlessOnlyOneReadingExists(string? language, string text, int month, int day)
    {
        var dates = DateText.FindAll(text, DateText.OrderFor(language), DateValue.Latest, allowShortYear: false);
        Assert.Single(dates);
        Assert.Equal(new DateTime(2019, month, day), dates[0].Value.Date);
    }

    [Theory]
    [InlineData("https://www.example.co.uk/news/story", 5, 4)]
    [InlineData("https://example.com.au/news/story", 5, 4)]
    [InlineData("https://www.example.com/news/story", 4, 5)]
    [InlineData(null, 4, 5)]
    public void ABareEnglishPageWritesTheDayFirstWhenItsSiteIsInADayFirstCountry(string? url, int month, int day)
    {
        var dates = DateText.FindAll("04/05/2019", DateText.OrderFor("en", url), DateValue.Latest, allowShortYear: false);
        Assert.Equal(new DateTime(2019, month, day), dates.Single().Value.Date);
        Assert.Equal(DayOrder.MonthFirst, DateText.OrderFor("en-US", url));
    }

    [Fact]
    public void SwappingDayAndMonthChangesTheReadingOnlyWhenBothAreMonths()
    {
        for (var a = 1; a <= 28; a++)
        {
            for (var b = 1; b <= 12; b++)
            {
                var text = a.ToString("00", CultureInfo.InvariantCulture) + "/" + b.ToString("00", CultureInfo.InvariantCulture) + "/2019";
                var dayFirst = DateText.FindAll(text, DayOrder.DayFirst, DateValue.Latest, false).Single().Value.Date;
                var monthFirst = DateText.FindAll(text, DayOrder.MonthFirst, DateValue.Latest, false).Single().Value.Date;
                Assert.Equal(new DateTime(2019, b, a), dayFirst);
                Assert.Equal(a <= 12 ? new DateTime(2019, a, b) : dayFirst, monthFirst);
            }
        }
    }

    [Fact]
    public void JsonLdArticleWinsOverMetaTagsAndKeepsModifiedApart()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council passes budget\",\"datePublished\":\"2021-06-01T09:00:00+02:00\",\"dateModified\":\"2021-06-05T09:00:00+02:00\"}</script>"
            + "<meta property=\"article:published_time\" content=\"2021-06-02T09:00:00+02:00\">";
        var metadata = Extract(Page(head, Headline));
        Assert.Equal(new DateTimeOffset(2021, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)), metadata.PublishedAt);
        Assert.Equal(new DateTimeOffset(2021, 6, 5, 9, 0, 0, TimeSpan.FromHours(2)), metadata.ModifiedAt);
        Assert.Equal(DateSource.JsonLdArticle, metadata.PublishedSource);
    }

    [Theory]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2020-05-04T10:00:00Z\">")]
    [InlineData("<meta name=\"sailthru.date\" content=\"2020-05-04 10:00:00\">")]
    [InlineData("<meta property=\"og:pubdate\" content=\"2020-05-04\">")]
    [InlineData("<meta name=\"sw-pubdate\" content=\"2020-05-04\">")]
    [InlineData("<meta name=\"pubdate\" content=\"20200504\">")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2020-05-04\">")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2020-05-04T10:00:00Z\">")]
    public void PublishMetaTagsInTheirManyNamesGiveTheDate(string meta)
    {
        var metadata = Extract(Page(meta, Headline + "<div class=\"date\">7 June 2020</div>"));
        Assert.Equal("2020-05-04", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.MetaTag, metadata.PublishedSource);
    }

    [Theory]
    [InlineData("<span itemprop=\"datePublished\" content=\"2020-05-04T10:00:00Z\"></span>")]
    [InlineData("<span property=\"dc:date dc:created\" content=\"2020-05-04T10:00:00+02:00\"></span>")]
    public void ItempropAndRdfaValuesOnElementsCountAsMetaTags(string element)
    {
        var metadata = Extract(Page(string.Empty, Headline + element));
        Assert.Equal("2020-05-04", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.MetaTag, metadata.PublishedSource);
    }

    [Fact]
    public void AGenericDateMetaYieldsToTheDateUnderTheHeadline()
    {
        var metadata = Extract(Page("<meta name=\"date\" content=\"2020-05-09\">", Headline + "<div class=\"date\">04.05.2020</div>", "de"));
        Assert.Equal("2020-05-04", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.HeaderText, metadata.PublishedSource);

        var alone = Extract(Page("<meta name=\"date\" content=\"2020-05-09\">", Headline, "de"));
        Assert.Equal("2020-05-09", Day(alone.PublishedAt));
        Assert.Equal(DateSource.GenericMeta, alone.PublishedSource);
    }

    [Fact]
    public void TimeElementInTheHeaderBeatsSidebarAndCommentTimesWhereverTheyStand()
    {
        var header = Headline + "<div class=\"meta\"><time datetime=\"2020-05-04T10:00:00+02:00\">4 May</time></div>";
        foreach (var (before, after) in new[] { (Sidebar, Comments), (Comments, Sidebar), (Sidebar + Comments, string.Empty), (string.Empty, Sidebar + Comments) })
        {
            var metadata = Extract(Page(string.Empty, header, before: before, after: after));
            Assert.Equal(new DateTimeOffset(2020, 5, 4, 10, 0, 0, TimeSpan.FromHours(2)), metadata.PublishedAt);
            Assert.Equal(DateSource.HeaderAttribute, metadata.PublishedSource);
        }
    }

    [Fact]
    public void TitleAttributesOfDateElementsAreRead()
    {
        var metadata = Extract(Page(string.Empty, Headline + "<p><abbr class=\"published\" title=\"2019-06-27T10:21:40Z\">jeudi 27 juin</abbr></p>", "fr"));
        Assert.Equal("2019-06-27", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.HeaderAttribute, metadata.PublishedSource);
    }

    [Fact]
    public void AnUpdateTimeNeverStandsInForThePublishedOne()
    {
        var header = Headline
            + "<div class=\"meta\">Updated <time class=\"updated\" datetime=\"2020-06-10T10:00:00Z\">10 June 2020</time></div>"
            + "<div class=\"meta\">Published <time datetime=\"2020-05-04T10:00:00Z\">4 May 2020</time></div>";
        Assert.Equal("2020-05-04", Day(Extract(Page(string.Empty, header)).PublishedAt));

        var lines = Headline + "<p class=\"info\">Zuletzt aktualisiert: 10.06.2020</p><p class=\"info\">Veröffentlicht am 04.05.2020</p>";
        Assert.Equal("2020-05-04", Day(Extract(Page(string.Empty, lines, "de")).PublishedAt));
    }

    [Fact]
    public void AVisibleUpdateLineStandsInOnlyWhenThePageStatesNothingElse()
    {
        var metadata = Extract(Page(string.Empty, Headline + "<p class=\"info\">Last updated: June 10, 2020</p>"));
        Assert.Equal("2020-06-10", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.ModifiedOnly, metadata.PublishedSource);

        var structured = Extract(Page("<meta property=\"article:modified_time\" content=\"2020-06-10T10:00:00Z\">", Headline));
        Assert.Null(structured.PublishedAt);
    }

    [Theory]
    [InlineData("https://example.test/news/2019/03/07/council-budget/", "2019-03-07")]
    [InlineData("https://example.test/news/2019-03-07-council-budget", "2019-03-07")]
    [InlineData("https://example.test/news/20190307/council-budget", "2019-03-07")]
    [InlineData("https://example.test/news/council-budget-20190307", "2019-03-07")]
    [InlineData("https://example.test/news/2019/03/council-budget/", null)]
    [InlineData("https://example.test/news/council-budget?date=2019-03-07", null)]
    [InlineData("https://example.test/news/2019/02/30/council-budget/", null)]
    [InlineData("https://example.test/news/2099/03/07/council-budget/", null)]
    public void UrlPathDatesNeedAFullDayInThePath(string url, string? expected)
    {
        var metadata = Extract(Page("<link rel=\"canonical\" href=\"" + url + "\">", Headline));
        Assert.Equal(expected, Day(metadata.PublishedAt));
        Assert.Equal(expected is null ? DateSource.None : DateSource.Url, metadata.PublishedSource);
    }

    [Fact]
    public void AHeaderDateWinsOverTheUrl()
    {
        var metadata = Extract(Page("<link rel=\"canonical\" href=\"https://example.test/2019/03/07/council-budget/\">", Headline + "<div class=\"date\">March 8, 2019</div>"));
        Assert.Equal("2019-03-08", Day(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"2099-01-01T00:00:00Z\">")]
    public void ImplausibleOrFutureDatesAreNeverTaken(string meta)
    {
        var metadata = Extract(Page(meta, Headline + "<div class=\"date\">March 8, 2019</div>"));
        Assert.Equal("2019-03-08", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.HeaderText, metadata.PublishedSource);
    }

    [Fact]
    public void AUtcValueTakesThePagesOwnOffsetWhenThePageStatesTheSameInstant()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-09T03:28:35Z\"}</script>";
        var metadata = Extract(Page(head, Headline + "<time datetime=\"2023-11-08T22:28:35-05:00\">November 8, 2023</time>", "en-US"));
        Assert.Equal("2023-11-08", Day(metadata.PublishedAt));
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 3, 28, 35, TimeSpan.Zero).UtcDateTime, metadata.PublishedAt!.Value.UtcDateTime);
    }

    [Theory]
    [InlineData("2023-11-09T03:28:35Z", "https://example.test/2023/11/08/story/", "2023-11-08")]
    [InlineData("2023-11-09T03:28:35Z", "https://example.test/2023/11/09/story/", "2023-11-09")]
    [InlineData("2023-11-09T11:28:35Z", "https://example.test/2023/11/08/story/", "2023-11-09")]
    [InlineData("2020-01-20T19:00:00Z", "https://example.test/2020/01/21/story/", "2020-01-21")]
    public void AUtcValueOneDayOffTheUrlDayIsTheSameInstantInThePagesZone(string published, string url, string expected)
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + published + "\"}</script>"
            + "<link rel=\"canonical\" href=\"" + url + "\">";
        var metadata = Extract(Page(head, Headline));
        Assert.Equal(expected, Day(metadata.PublishedAt));
        Assert.Equal(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture).UtcDateTime, metadata.PublishedAt!.Value.UtcDateTime);
    }

    [Fact]
    public void StructuredSourcesThatDisagreeYieldToTheDayTheHeaderShows()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-01-04T07:29:00Z\"}</script>"
            + "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34\">";
        var shown = Extract(Page(head, Headline + "<div class=\"info\">06.01.2022</div>", "de"));
        Assert.Equal("2022-01-06", Day(shown.PublishedAt));
        Assert.Equal(DateSource.MetaTag, shown.PublishedSource);

        var silent = Extract(Page(head, Headline, "de"));
        Assert.Equal("2022-01-04", Day(silent.PublishedAt));
        Assert.Equal(DateSource.JsonLdArticle, silent.PublishedSource);
    }

    [Fact]
    public void ADateBelowTheArticleIsTakenOnlyWhenTheHeaderHasNone()
    {
        var footer = "<p class=\"post-footer\">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 geschrieben.</p>";
        // A story longer than the headline's zone, so the footer's date stands outside it.
        var story = Headline + Body + Body + Body + Body;
        Assert.True(System.Text.RegularExpressions.Regex.Replace(story + Body, "<[^>]+>", string.Empty).Length > PublishDateResolver.HeaderZoneAfter);
        var metadata = Extract(Page(string.Empty, story, "de", after: footer));
        Assert.Equal("2015-12-14", Day(metadata.PublishedAt));
        Assert.Equal(DateSource.PageText, metadata.PublishedSource);

        var both = Extract(Page(string.Empty, Headline + "<div class=\"date\">10.12.2015</div>" + Body + Body + Body + Body, "de", after: footer));
        Assert.Equal("2015-12-10", Day(both.PublishedAt));
    }

    [Fact]
    public void ASiteMastheadDateIsNotThePublicationDate()
    {
        var masthead = "<header class=\"site\"><span class=\"today\">Tue, 14 Jan 2020</span></header>";
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>" + masthead
            + "<div class=\"story\"><h2>Council passes budget</h2><p>Herald<br>13 Jan 2020, 22:11 GMT+10</p>" + Body + "</div></body></html>";
        Assert.Equal("2020-01-13", Day(Extract(html).PublishedAt));
    }

    private static string? Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Page(string head, string top, string? language = "en", string before = "", string after = "") =>
        "<!DOCTYPE html><html" + (language is null ? string.Empty : " lang=\"" + language + "\"") + "><head><meta charset=\"utf-8\">" + head
        + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" + before
        + "<article>" + top + Body + "</article>" + after + "<footer>Copyright Town Herald</footer></body></html>";

    private PageMetadata Extract(string html) => _extractor.Extract(html).Metadata;
}
