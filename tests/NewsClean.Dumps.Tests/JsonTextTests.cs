using System.Text.Json;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("a\nb\r\tc\b\f", "\"a\\nb\\r\\tc\\b\\f\"")]
    [InlineData("\u0000\u001f", "\"\\u0000\\u001f\"")]
    [InlineData("\u007f\u2028/", "\"\u007f\u2028/\"")]
    [InlineData("\ud83d\ude00", "\"\ud83d\ude00\"")]
    [InlineData("\u0645\u062f\u064a\u0646\u0629", "\"\u0645\u062f\u064a\u0646\u0629\"")]
    public void OnlyWhatRfc8259RequiresIsEscaped(string value, string expected)
    {
        Assert.Equal(expected, JsonText.Quote(value));
    }

    [Fact]
    public void ALoneSurrogateIsEscapedSoNothingIsReplaced()
    {
        // Built in code: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("\"lone \\ud83d high\"", JsonText.Quote("lone " + (char)0xD83D + " high"));
        Assert.Equal("\"lone \\ude00 low\"", JsonText.Quote("lone " + (char)0xDE00 + " low"));
        Assert.Equal("\"\\ude00\ud83d\ude00\\ud83d\"", JsonText.Quote(new string(new[] { (char)0xDE00, (char)0xD83D, (char)0xDE00, (char)0xD83D })));
    }

    [Fact]
    public void NullIsTheJsonLiteral() => Assert.Equal("null", JsonText.Quote(null));

    [Theory]
    [InlineData("a\"b\\c\u0001\n\u0645")]
    [InlineData("\ud83d\ude00 text")]
    public void SystemTextJsonReadsBackTheSameString(string value)
    {
        Assert.Equal(value, JsonSerializer.Deserialize<string>(JsonText.Quote(value)));
    }
}
