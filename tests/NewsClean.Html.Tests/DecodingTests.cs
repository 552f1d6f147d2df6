using System;
using System.Linq;
using System.Text;
using NewsClean.Core;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>BOM, then what the bytes are, then the declaration; the Core's Windows-1256 fallback and mojibake repair.</summary>
public sealed class DecodingTests
{
    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-32")]
    public void ADeclaredCharsetTheRuntimeRefuses_NeverThrows_ThePageIsReadByItsBytes(string charset)
    {
        var fixture = HtmlFixture.Get("semantic-html5");
        var bytes = Replace(fixture.Bytes, "charset=\"utf-8\"", $"charset=\"{charset}\"");

        var result = _extractor.CleanHtml(bytes, null, new CleanerOptions(Array.Empty<string>()));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), result.Article!.Title);
    }

    [Fact]
    public void Utf8PageDeclaringWindows1256IsReadAsUtf8()
    {
        var fixture = HtmlFixture.Get("semantic-html5");
        var bytes = Replace(fixture.Bytes, "charset=\"utf-8\"", "charset=\"windows-1256\"");
        var extraction = _extractor.Extract(bytes);
        Assert.Equal("utf-8", extraction.Encoding);
        Assert.Equal("windows-1256", extraction.DeclaredCharset);
        Assert.False(extraction.UsedFallback);
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), extraction.Metadata.Title);
    }

    [Fact]
    public void Windows1256PageDeclaringUtf8IsReadAsWindows1256WithTheFallbackFinding()
    {
        var fixture = HtmlFixture.Get("table-layout-1256");
        var bytes = Replace(fixture.Bytes, "charset=windows-1256", "charset=utf-8");
        var result = _extractor.CleanHtml(bytes, null, CleanerOptions.Default);
        var article = result.Article!;
        Assert.Equal("windows-1256", article.Encoding);
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), article.Title);
        Assert.Equal("NC4001", article.Findings[0].RuleId);
        Assert.Equal(0, article.Findings[0].Length);
    }

    [Fact]
    public void ArabicWindows1256DeclaredAsLatin1IsReadAsArabic()
    {
        var fixture = HtmlFixture.Get("table-layout-1256");
        var bytes = Replace(fixture.Bytes, "charset=windows-1256", "charset=iso-8859-1");
        var extraction = _extractor.Extract(bytes);
        Assert.Equal("windows-1256", extraction.Encoding);
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), extraction.Metadata.Title);
    }

    [Fact]
    public void Latin1PageIsReadAsWindows1252()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Caf\u00E9 owners\u2019 union wins</title></head>"
            + "<body><h1>Caf\u00E9 owners\u2019 union wins</h1><p>The caf\u00E9 owners\u2019 union won its case on Monday, the court said.</p></body></html>";
        var bytes = html.Select(c => c == '\u2019' ? (byte)0x92 : (byte)c).ToArray();
        var extraction = _extractor.Extract(bytes);
        Assert.Equal("windows-1252", extraction.Encoding);
        Assert.False(extraction.UsedFallback);
        Assert.Equal("Caf\u00E9 owners\u2019 union wins", extraction.Metadata.Title);
    }

    [Fact]
    public void Iso88596PageIsDecodedByItsDeclaration()
    {
        var fixture = HtmlFixture.Get("table-layout-1256");
        var title = fixture.Expected.GetProperty("title").GetString()!;
        var paragraph = fixture.Expected.GetProperty("paragraphs")[0].GetString()!;
        var html = "<html><head><meta charset=\"iso-8859-6\"><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + paragraph + "</p></body></html>";
        var result = _extractor.CleanHtml(EncodeIso88596(html), null, CleanerOptions.Default);
        Assert.Equal("iso-8859-6", result.Article!.Encoding);
        Assert.Equal(title, result.Article.Title);
        Assert.Equal(paragraph, result.Article.Body);
    }

    [Fact]
    public void MojibakePageIsRepairedWithAFinding()
    {
        var fixture = HtmlFixture.Get("semantic-html5");
        var utf8 = Encoding.UTF8.GetString(fixture.Bytes);
        var misread = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(utf8));
        var result = _extractor.CleanHtml(Encoding.UTF8.GetBytes(misread), null, CleanerOptions.Default);
        var article = result.Article!;
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), article.Title);
        Assert.Contains(article.Findings, f => f.RuleId == "NC4003");
        Assert.Equal(fixture.Expected.GetProperty("paragraphs").GetArrayLength(), article.Paragraphs.Count);
    }

    [Fact]
    public void Utf8MisreadAsWindows1256IsRepaired()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var fixture = HtmlFixture.Get("read-also");
        var misread = Encoding.GetEncoding(1256).GetString(fixture.Bytes);
        var result = _extractor.CleanHtml(misread, null, CleanerOptions.Default);
        var article = result.Article!;
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), article.Title);
        Assert.Contains(article.Findings, f => f.RuleId == "NC4003");
    }

    [Fact]
    public void MojibakeIsLeftAloneWhenItsRuleIsExcluded()
    {
        var fixture = HtmlFixture.Get("semantic-html5");
        var misread = Encoding.Latin1.GetString(fixture.Bytes);
        var result = _extractor.CleanHtml(Encoding.UTF8.GetBytes(misread), null, new CleanerOptions(new[] { "NC4003" }));
        Assert.DoesNotContain(result.Article!.Findings, f => f.RuleId == "NC4003");
        Assert.NotEqual(fixture.Expected.GetProperty("title").GetString(), result.Article.Title);
    }

    [Fact]
    public void Utf16PageWithBomIsRead()
    {
        var fixture = HtmlFixture.Get("div-soup");
        var text = Encoding.UTF8.GetString(fixture.Bytes);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var extraction = _extractor.Extract(bytes);
        Assert.Equal("utf-16", extraction.Encoding);
        Assert.Equal(fixture.Expected.GetProperty("title").GetString(), extraction.Metadata.Title);
        Assert.True(HtmlSniffer.LooksLikeHtml(bytes));
    }

    [Fact]
    public void StringInputGivesTheSameArticleAsBytes()
    {
        var fixture = HtmlFixture.Get("comment-thread");
        var fromBytes = _extractor.CleanHtml(fixture.Bytes, null, CleanerOptions.Default).Article!;
        var fromText = _extractor.CleanHtml(Encoding.UTF8.GetString(fixture.Bytes), null, CleanerOptions.Default).Article!;
        Assert.Equal(fromBytes.Body, fromText.Body);
        Assert.Equal(fromBytes.Title, fromText.Title);
        Assert.Equal("utf-16", fromText.Encoding);
    }

    [Fact]
    public void BinaryContentIsAnError()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        var result = _extractor.CleanHtml(png, "image.html", CleanerOptions.Default);
        Assert.False(result.IsSuccess);
        Assert.Equal(DocumentError.BinaryContent, result.Error!.ErrorId);
        Assert.Equal(DocumentError.BinaryContent, _extractor.Extract(png).Error!.ErrorId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void PageWithoutTextIsEmptyDocument(string html)
    {
        var result = _extractor.CleanHtml(html, null, CleanerOptions.Default);
        Assert.Equal(DocumentError.EmptyDocument, result.Error!.ErrorId);
    }

    [Fact]
    public void UnclosedInlineTagsNestingThousandsDeepAreStillRead()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => "<font color=\"#333333\">Line " + i + " of the council report, read aloud at the meeting.<br>");
        var html = "<html><body><div class=\"story\">" + string.Concat(lines) + "</div></body></html>";
        var result = _extractor.CleanHtml(html, null, CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains("Line 2999 of the council report", result.Article!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TextNestedDeeperThanTheTreeIsKept()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1200)) + "<p>The council approved the new budget on Tuesday, after a debate that lasted most of the afternoon and evening.</p>"
            + "<p>Members voted eleven to four in favour of the plan, with two abstentions, and the mayor welcomed the result.</p></body></html>";
        var result = _extractor.CleanHtml(html, null, CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains("eleven to four", result.Article!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockNestingBeyondTheCapIsAnErrorNotAHang()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>The council approved the new budget on Tuesday.</p></body></html>";
        var result = _extractor.CleanHtml(html, null, CleanerOptions.Default);
        Assert.Equal(DocumentError.DecodingFailed, result.Error!.ErrorId);
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var latin = Encoding.Latin1.GetString(bytes);
        Assert.Contains(from, latin, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(latin.Replace(from, to, StringComparison.Ordinal));
    }

    private static byte[] EncodeIso88596(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes[i] = c switch
            {
                < '\u0080' => (byte)c,
                '\u060C' => 0xAC,
                '\u061B' => 0xBB,
                '\u061F' => 0xBF,
                >= '\u0621' and <= '\u063A' => (byte)(0xC1 + (c - '\u0621')),
                >= '\u0640' and <= '\u0652' => (byte)(0xE0 + (c - '\u0640')),
                _ => throw new ArgumentException($"U+{(int)c:X4} has no ISO-8859-6 byte"),
            };
        }

        return bytes;
    }
}
