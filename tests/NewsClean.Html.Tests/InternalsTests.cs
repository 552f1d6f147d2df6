using System;
using System.Collections.Generic;
using NewsClean.Html.Content;
using NewsClean.Html.Dom;
using NewsClean.Html.Metadata;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>The small readers the extractor is built from.</summary>
public sealed class InternalsTests
{
    [Fact]
    public void ClassNamePatternsAreIndexedByTheirFlagBits()
    {
        Assert.True(ClassHints.PatternsFollowFlagBits());
    }

    [Fact]
    public void JsonReaderAcceptsWhatPagesPublish()
    {
        var values = MiniJson.ParseAll("<!--\n{\"a\": [1, 2,], // comment\n 'b': \"x\\u0041\ny\", c: true,}\n-->{broken {\"d\": null}");
        var first = Assert.IsType<Dictionary<string, object?>>(values[0]);
        Assert.Equal(2, ((List<object?>)first["a"]!).Count);
        Assert.Equal("xA\ny", first["b"]);
        Assert.Equal(true, first["c"]);
        Assert.Contains(values, v => v is Dictionary<string, object?> d && d.ContainsKey("d"));
    }

    [Fact]
    public void JsonReaderSurvivesDeepNesting()
    {
        var deep = new string('[', 10000) + new string(']', 10000);
        MiniJson.ParseAll(deep);
    }

    [Theory]
    [InlineData("2020-03-17T12:34:00+02:00", "2020-03-17T12:34:00+02:00")]
    [InlineData("2020-03-17", "2020-03-17T00:00:00+00:00")]
    [InlineData("2020-03-17 12:34:56", "2020-03-17T12:34:56+00:00")]
    [InlineData("20200317T123400", "2020-03-17T12:34:00+00:00")]
    [InlineData("Tue, 17 Mar 2020 12:34:00 GMT", "2020-03-17T12:34:00+00:00")]
    [InlineData("1584448440", "2020-03-17T12:34:00+00:00")]
    public void DatesInMetaTagsAreRead(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateValue.Parse(value));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("1970-01-01")]
    [InlineData("not a date")]
    [InlineData("")]
    public void PlaceholderDatesAreIgnored(string value)
    {
        Assert.Null(DateValue.Parse(value));
    }

    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("x&nbsp;y", "x y")]
    [InlineData("&#8220;q&#x201D;", "\u201Cq\u201D")]
    [InlineData("it&rsquo;s &hellip;", "it\u2019s \u2026")]
    [InlineData("&#150;", "\u2013")]
    [InlineData("AT&T &unknown; &", "AT&T &unknown; &")]
    [InlineData("  spaced \n\t out  ", "spaced out")]
    public void ReferencesAndWhiteSpaceAreDecoded(string raw, string expected)
    {
        Assert.Equal(expected, HtmlText.Decode(raw));
    }

    [Theory]
    [InlineData("Council passes budget | Town Herald", "Town Herald", "Council passes budget")]
    [InlineData("Town Herald - Council passes budget", "Town Herald", "Council passes budget")]
    [InlineData("Council passes budget", "Town Herald", "Council passes budget")]
    public void SiteNameIsTakenOffTitles(string title, string site, string expected)
    {
        Assert.Equal(expected, TitleText.StripSite(title, site, generic: false));
    }
}
