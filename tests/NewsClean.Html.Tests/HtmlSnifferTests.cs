using System.Text;
using Xunit;

namespace NewsClean.Html.Tests;

public sealed class HtmlSnifferTests
{
    public static TheoryData<HtmlFixture> Fixtures()
    {
        var data = new TheoryData<HtmlFixture>();
        foreach (var row in HtmlFixture.All())
        {
            data.Add((HtmlFixture)row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void PagesAreHtml(HtmlFixture fixture)
    {
        Assert.True(HtmlSniffer.LooksLikeHtml(fixture.Bytes));
        Assert.True(HtmlSniffer.LooksLikeHtml(Encoding.Latin1.GetString(fixture.Bytes)));
    }

    [Theory]
    [InlineData("<div class=\"post\"><p>First paragraph.</p><a href=\"/x\">link</a><br></div>")]
    [InlineData("\uFEFF  \n<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("<!-- saved by crawler -->\n<html lang=\"ar\"><head><meta charset=\"utf-8\"></head></html>")]
    public void FragmentsAndDecoratedStartsAreHtml(string text)
    {
        Assert.True(HtmlSniffer.LooksLikeHtml(text));
    }

    [Theory]
    [InlineData("<DOC>\n<DOCNO>AFA20000101.0001</DOCNO>\n<HEADLINE>Headline</HEADLINE>\n<TEXT>\n<P>\nFirst paragraph.\n</P>\n</TEXT>\n</DOC>")]
    [InlineData("<doc id=\"1\" type=\"story\">\n<headline>x</headline>\n<text>\n<p>para</p>\n</text>\n</doc>")]
    [InlineData("Site name:\nHeadline of the story\n\nFirst paragraph of the story, with <b> in it.")]
    [InlineData("<<Breaking>> the council met today and agreed the budget.")]
    [InlineData("")]
    public void TextDumpsAreNotHtml(string text)
    {
        Assert.False(HtmlSniffer.LooksLikeHtml(text));
        Assert.False(HtmlSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Utf16WithoutBomIsSniffed()
    {
        var bytes = Encoding.Unicode.GetBytes("<html><head><title>t</title></head><body></body></html>");
        Assert.True(HtmlSniffer.LooksLikeHtml(bytes));
    }
}
