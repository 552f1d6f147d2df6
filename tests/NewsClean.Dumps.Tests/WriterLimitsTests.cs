using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Dumps.Tests;

/// <summary>Issue 11, items 3 and 8: writers take articles of any size, and CSV cells never start a formula.</summary>
public sealed class WriterLimitsTests
{
    private static CleanArticle Article(string title, string body, IReadOnlyList<string>? keywords = null) => new CleanArticle(
        title,
        new[] { body },
        new ArticleMetadata { Keywords = keywords ?? Array.Empty<string>(), Source = "-وكالات" },
        Array.Empty<CleanArticle>(),
        Array.Empty<Finding>(),
        null,
        "utf-8");

    public static IEnumerable<object[]> Sizes() => new[] { 1 << 20, (1 << 20) + 1, 3 << 20 }.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Sizes))]
    public void JsonLines_AnArticleOverAMillionCharacters_IsWritten_AndTheNextOneToo(int size)
    {
        var huge = Article("كبير", new string('ب', size));
        var small = Article("صغير", "نص قصير");
        using var stream = new MemoryStream();
        using (var writer = new ArticleJsonWriter(stream, leaveOpen: true))
        {
            writer.Write(huge);
            writer.Write(small);
            writer.Write(huge);
        }

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(size, JsonDocument.Parse(lines[0]).RootElement.GetProperty("Body").GetString()!.Length);
        Assert.Equal("نص قصير", JsonDocument.Parse(lines[1]).RootElement.GetProperty("Body").GetString());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Csv_AListFieldOverAMillionCharacters_IsWritten_AndTheNextOneToo(int size)
    {
        var keywords = Enumerable.Range(0, size / 10).Select(i => "كلمة" + i).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new ArticleCsvWriter(stream, leaveOpen: true))
        {
            writer.Write(Article("كبير", "نص", keywords));
            writer.Write(Article("صغير", "نص"));
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("كلمة" + (keywords.Length - 1), text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Csv_ACellStartingWithAFormulaCharacter_GetsAnApostrophe_UnlessAllowed(string value)
    {
        Assert.StartsWith("'" + value[0], Unquote(ArticleCsvWriter.Escape(value, neutralizeFormulas: true)), StringComparison.Ordinal);
        Assert.Equal(value, Unquote(ArticleCsvWriter.Escape(value, neutralizeFormulas: false)));
    }

    [Fact]
    public void Csv_TheWriterNeutralizesByDefault_EveryTextCell()
    {
        using var stream = new MemoryStream();
        using (var writer = new ArticleCsvWriter(stream, leaveOpen: true, byteOrderMark: false))
        {
            writer.Write(Article("=cmd|' /C calc'!A0", "@body"));
        }

        var row = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n")[1];
        Assert.Contains("'=cmd", row, StringComparison.Ordinal);
        Assert.Contains("'@body", row, StringComparison.Ordinal);
        Assert.Contains("'-وكالات", row, StringComparison.Ordinal);
    }

    private static string Unquote(string cell) => cell.StartsWith('"') ? cell[1..^1].Replace("\"\"", "\"") : cell;
}
