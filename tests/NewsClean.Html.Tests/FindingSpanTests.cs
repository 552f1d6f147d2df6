using System.Linq;
using System.Text.RegularExpressions;
using NewsClean.Core;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>Removals made by the text rules point back into the page, markup included.</summary>
public sealed class FindingSpanTests
{
    private static readonly Regex Tag = new Regex("<[^>]*>");
    private static readonly Regex Space = new Regex(@"\s+");

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    [Fact]
    public void ReadAlsoSourceAndTagLinesInsideTheArticleAreRemovedWithSpansIntoThePage()
    {
        var fixture = HtmlFixture.Get("read-also");
        var result = _extractor.CleanHtml(fixture.Bytes, fixture.PagePath, CleanerOptions.Default);
        var page = result.OriginalText;
        var findings = result.Article!.Findings;
        Assert.Equal(new[] { "NC1001", "NC1001", "NC2006", "NC2007" }, findings.Select(f => f.RuleId).ToArray());
        foreach (var finding in findings)
        {
            var span = page.Substring(finding.Start, finding.Length);
            Assert.Equal(finding.Text, Space.Replace(Tag.Replace(span, string.Empty), " ").Trim());
            Assert.Equal(1 + page.Substring(0, finding.Start).Count(c => c == '\n'), finding.StartLine);
            Assert.Equal(1 + page.Substring(0, finding.Start + finding.Length - 1).Count(c => c == '\n'), finding.EndLine);
            Assert.DoesNotContain(finding.Text, result.Article.Body);
        }
    }

    [Fact]
    public void OriginalTextIsTheDecodedPage()
    {
        var fixture = HtmlFixture.Get("table-layout-1256");
        var extraction = _extractor.Extract(fixture.Bytes);
        var result = _extractor.CleanHtml(fixture.Bytes, null, CleanerOptions.Default);
        Assert.Equal(extraction.Html, result.OriginalText);
        Assert.DoesNotContain('\r', result.OriginalText);
        var source = result.Article!.Findings.Single(f => f.RuleId == "NC2006");
        Assert.Equal(source.Text, result.OriginalText.Substring(source.Start, source.Length));
    }

    [Fact]
    public void ContentTextOffsetsMapToThePage()
    {
        var extraction = _extractor.Extract(HtmlFixture.Get("semantic-html5").Bytes);
        for (var i = 0; i < extraction.Blocks.Count; i++)
        {
            var offset = extraction.ContentTextOffsetOf(i);
            Assert.Equal(extraction.Blocks[i].Text[0], extraction.ContentText[offset]);
            Assert.Equal(extraction.Blocks[i].Start, extraction.PageOffsetOf(offset));
        }
    }

    [Fact]
    public void ExcludedRulesKeepTheirTextInTheBody()
    {
        var fixture = HtmlFixture.Get("read-also");
        var result = _extractor.CleanHtml(fixture.Bytes, null, new CleanerOptions(new[] { "NC1001" }));
        Assert.DoesNotContain(result.Article!.Findings, f => f.RuleId == "NC1001");
        Assert.Equal(6, result.Article.Paragraphs.Count);
    }
}
