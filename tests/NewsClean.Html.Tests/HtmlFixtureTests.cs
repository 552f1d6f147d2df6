using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NewsClean.Core;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>Each fixture page cleaned end to end, every field of the article and of the page read checked.</summary>
public sealed class HtmlFixtureTests
{
    private static readonly string[] Fields =
    {
        "encoding", "declaredCharset", "language", "url", "title", "site", "publishedAt", "modifiedAt", "byline", "source", "keywords",
        "relatedTitles", "embeddedArticles", "findings", "blocks", "paragraphs",
    };

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    public static TheoryData<HtmlFixture> Fixtures()
    {
        var data = new TheoryData<HtmlFixture>();
        foreach (var row in HtmlFixture.All())
        {
            data.Add((HtmlFixture)row[0]);
        }

        return data;
    }

    [Fact]
    public void EveryKindOfPageHasAFixture()
    {
        var names = HtmlFixture.All().Select(row => ((HtmlFixture)row[0]).Name).ToArray();
        Assert.Contains("div-soup", names);
        Assert.Contains("semantic-html5", names);
        Assert.Contains("table-layout-1256", names);
        Assert.Contains("comment-thread", names);
        Assert.Contains("read-also", names);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ExpectedFileStatesEveryField(HtmlFixture fixture)
    {
        foreach (var field in Fields)
        {
            Assert.True(fixture.Expected.TryGetProperty(field, out _), $"{fixture.Name}.expected.json lacks '{field}'");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ArticleMatchesExpected(HtmlFixture fixture)
    {
        var expected = fixture.Expected;
        var result = _extractor.CleanHtml(fixture.Bytes, fixture.PagePath, CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var article = result.Article!;

        Assert.Equal(Text(expected, "encoding"), article.Encoding);
        Assert.Equal(Text(expected, "url"), article.Url);
        Assert.Equal(Text(expected, "title"), article.Title);
        Assert.Equal(Text(expected, "site"), article.Site);
        Assert.Equal(Text(expected, "publishedAt"), Iso(article.PublishedAt));
        Assert.Equal(Text(expected, "modifiedAt"), Iso(article.ModifiedAt));
        Assert.Equal(Text(expected, "byline"), article.Byline);
        Assert.Equal(Text(expected, "source"), article.Source);
        Assert.Equal(Texts(expected, "keywords"), article.Keywords.ToArray());
        Assert.Equal(Texts(expected, "relatedTitles"), article.RelatedTitles.ToArray());
        Assert.Equal(Texts(expected, "embeddedArticles"), article.EmbeddedArticles.Select(e => e.Title ?? string.Empty).ToArray());
        Assert.Equal(Texts(expected, "findings"), article.Findings.Select(f => f.RuleId).ToArray());
        Assert.Equal(Texts(expected, "paragraphs"), article.Paragraphs.ToArray());
        Assert.Equal(string.Join("\n\n", Texts(expected, "paragraphs")), article.Body);
        Assert.Equal(fixture.PagePath, article.SourcePath);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void PageReadMatchesExpected(HtmlFixture fixture)
    {
        var expected = fixture.Expected;
        var extraction = _extractor.Extract(fixture.Bytes);
        Assert.True(extraction.IsSuccess);
        Assert.Equal(Text(expected, "encoding"), extraction.Encoding);
        Assert.Equal(Text(expected, "declaredCharset"), extraction.DeclaredCharset);
        Assert.Equal(Text(expected, "language"), extraction.Metadata.Language);
        Assert.Equal(Texts(expected, "blocks"), extraction.Blocks.Select(b => b.Kind + ": " + b.Text).ToArray());
        Assert.Equal(string.Join("\n\n", extraction.Blocks.Select(b => b.Text)), extraction.ContentText);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryBlockCharacterPointsAtItsSourceInThePage(HtmlFixture fixture)
    {
        var extraction = _extractor.Extract(fixture.Bytes);
        foreach (var block in extraction.Blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var offset = block.PageOffsetOf(i);
                var source = extraction.Html[offset];
                if (block.Text[i] == ' ' || source == '&' || (block.Kind == ContentBlockKind.TableRow && block.Text[i] == '|'))
                {
                    // folded white space, a character reference decoded to this character, or a cell separator
                    // (mapped to the start of the cell it opens)
                    continue;
                }

                Assert.True(block.Text[i] == source, $"{fixture.Name}: '{block.Text[i]}' at {i} of \"{block.Text}\" maps to '{source}' at {offset}");
            }

            Assert.True(block.Start < block.End);
        }
    }

    private static string? Text(JsonElement expected, string name)
    {
        var value = expected.GetProperty(name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static string[] Texts(JsonElement expected, string name) =>
        expected.GetProperty(name).EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray();

    private static string? Iso(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
