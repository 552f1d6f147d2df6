using Microsoft.CodeAnalysis.Text;
using NewsClean.Core.Text;
using Xunit;

namespace NewsClean.Analyzers.Tests;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("a\r\nb\rc\n\0d")]
    [InlineData("\0\0x\r\n\r\ny\r")]
    [InlineData("plain")]
    public void Folds_exactly_like_the_engine(string original)
    {
        Assert.Equal(TextDecoder.NormalizeNewlines(original), FoldedText.Create(original).Text);
    }

    [Fact]
    public void Maps_spans_past_crlf_cr_and_nul_back_to_the_original()
    {
        const string original = "ab\r\ncd\rx\0yz\r\n";
        var folded = FoldedText.Create(original); // "ab\ncd\nxyz\n"

        Assert.Equal(new TextSpan(4, 2), folded.ToOriginal(3, 2)); // "cd"
        Assert.Equal(new TextSpan(7, 4), folded.ToOriginal(6, 3)); // "x\0yz": the NUL inside stays inside
        Assert.Equal(new TextSpan(2, 2), folded.ToOriginal(2, 1)); // the folded LF is the whole CRLF
        Assert.Equal(new TextSpan(7, 0), folded.ToOriginal(6, 0));
        Assert.Equal(new TextSpan(original.Length, 0), folded.ToOriginal(folded.Text.Length, 0));
    }

    [Fact]
    public void Maps_whole_lines_without_their_line_ends()
    {
        var folded = FoldedText.Create("one\r\ntwo\r\nthree");

        Assert.Equal(new TextSpan(5, 3), folded.LinesToOriginal(2, 2));
        Assert.Equal(new TextSpan(5, 10), folded.LinesToOriginal(2, 3));
        Assert.Equal(new TextSpan(10, 5), folded.LinesToOriginal(7, 9)); // clamped to the last line
    }

    [Fact]
    public void Shapes_differ_when_length_or_line_ends_differ()
    {
        var folded = FoldedText.Create("ab\r\ncd");

        Assert.True(folded.HasSameShape("xy\nzw"));
        Assert.False(folded.HasSameShape("xyz\nw"));
        Assert.False(folded.HasSameShape("ab\ncde"));
    }
}
