using System.Linq;
using System.Text;
using NewsClean.Core.Text;
using Xunit;

namespace NewsClean.Core.Tests;

/// <summary>Encoding detection on short and mostly-ASCII inputs, where byte statistics say little.</summary>
public sealed class DecoderTests
{
    [Theory]
    [InlineData("E4DAE3")] // a three-letter word in Windows-1256
    [InlineData("C7E1E1E5")] // four letters
    [InlineData("E3C7BF")] // a letter pair and a question mark
    [InlineData("4E6577733A20C7E1CEC8D1")] // ASCII label, then one Arabic word
    [InlineData("D8C8")] // two letters whose first byte is a UTF-8 lead byte
    public void ShortWindows1256IsNotTakenForUtf8(string hex)
    {
        var bytes = Hex(hex);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("windows-1256", decoded.Encoding);
        Assert.True(decoded.UsedFallback);
        Assert.DoesNotContain('\uFFFD', decoded.Content!);
    }

    [Theory]
    [InlineData("Breaking: markets open higher")]
    [InlineData("2024-05-01")]
    [InlineData("a")]
    public void AsciiIsUtf8(string text)
    {
        var decoded = TextDecoder.Decode(Encoding.ASCII.GetBytes(text));
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.False(decoded.UsedFallback);
        Assert.Equal(text, decoded.Content);
    }

    [Fact]
    public void ShortUtf8ArabicIsUtf8()
    {
        var bytes = Hex("D986D8B9D985"); // one three-letter word in UTF-8
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(3, decoded.Content!.Length);
    }

    [Fact]
    public void MostlyAsciiWithOneWindows1256WordIsWindows1256()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Reuters report on oil prices. ", 40))).Concat(Hex("20C7E1E4DDD8")).ToArray();
        Assert.Equal("windows-1256", TextDecoder.Decode(bytes).Encoding);
    }

    [Fact]
    public void CrLfAndCrFoldToLfAndNulsDrop()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc\0\n"));
        Assert.Equal("a\nb\nc\n", decoded.Content);
        Assert.Equal(1, decoded.DroppedNuls);
    }

    private static byte[] Hex(string hex) => Enumerable.Range(0, hex.Length / 2).Select(i => System.Convert.ToByte(hex.Substring(i * 2, 2), 16)).ToArray();
}
