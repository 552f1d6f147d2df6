using System;
using System.Linq;
using NewsClean.Core;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class ArticleFileNamerTests
{
    [Fact]
    public void NamesComeFromTheSourceFileAndStayUnique()
    {
        var namer = new ArticleFileNamer(".txt");

        var names = new[] { "/data/a/story.txt", "C:\\data\\b\\Story.html", "/data/c/story.txt" }
            .Select(path => namer.Next(Article(path, null)))
            .ToList();

        Assert.Equal(new[] { "story.txt", "Story-2.txt", "story-3.txt" }, names);
    }

    [Fact]
    public void RecordIdsAndThenNumbersNameArticlesWithoutASourceFile()
    {
        var namer = new ArticleFileNamer(".txt");

        Assert.Equal("rec_7_.txt", namer.Next(Article(null, "rec/7?")));
        Assert.Equal("article-000001.txt", namer.Next(Article(null, null)));
        Assert.Equal("article-000002.txt", namer.Next(Article(null, "  ")));
    }

    [Fact]
    public void WindowsDeviceNamesAreAvoided()
    {
        var namer = new ArticleFileNamer(".txt");

        Assert.Equal("_con.txt", namer.Next(Article(null, "con")));
        Assert.Equal("_COM1.txt", namer.Next(Article(null, "COM1")));
    }

    [Theory]
    [InlineData("NUL")]
    [InlineData("nul.tar")]
    [InlineData("PRN")]
    [InlineData("CON ")]
    [InlineData("COM1")]
    [InlineData("CONIN$")]
    [InlineData("conout$")]
    [InlineData("LPT\u00B9")]
    [InlineData("aux.backup.old")]
    public void EveryWindowsDeviceName_IsPrefixed_WhateverFollowsTheDot(string id)
    {
        var name = new ArticleFileNamer(".txt").Next(Article(null, id));

        Assert.StartsWith("_", name, StringComparison.Ordinal);
        Assert.False(ArticleFileNamer.IsWindowsDeviceName(name));
    }

    [Theory]
    [InlineData("\u202Etxt.exe")]
    [InlineData("a\u2066b\u2069c")]
    [InlineData("x\u200Fy\u061Cz")]
    [InlineData("zero\u200Bwidth")]
    public void BidiControlsAndFormatCharacters_AreReplaced(string id)
    {
        var name = new ArticleFileNamer(".txt").Next(Article(null, id));

        Assert.DoesNotContain(name, c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }

    [Fact]
    public void NfcAndNfdFormsOfOneName_AreOneNameAndDoNotCollideSilently()
    {
        var namer = new ArticleFileNamer(".txt");
        var nfc = "caf\u00E9";
        var nfd = "cafe\u0301";

        Assert.Equal("caf\u00E9.txt", namer.Next(Article(null, nfc)));
        Assert.Equal("caf\u00E9-2.txt", namer.Next(Article(null, nfd)));
    }

    [Theory]
    [InlineData("\u0627", 300)]
    [InlineData("\U0001F600", 200)]
    [InlineData("a", 1000)]
    public void LongNonAsciiIds_FitTheByteLimit_WithoutSplittingACharacter(string unit, int repeat)
    {
        var namer = new ArticleFileNamer(".txt");
        var id = string.Concat(Enumerable.Repeat(unit, repeat));

        var first = namer.Next(Article(null, id));
        var second = namer.Next(Article(null, id));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(second) <= 255, second);
        Assert.NotEqual(first, second);
        Assert.Equal(first, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(first))); // no lone surrogate
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), second);
        System.IO.File.WriteAllText(path, "x");
        System.IO.File.Delete(path);
    }

    private static CleanArticle Article(string? sourcePath, string? id)
    {
        var input = new DocumentInput("A short body line that is the whole article text.") { SourcePath = sourcePath, SourceId = id };
        return new ArticleCleaner().Clean(input).Article!;
    }
}
