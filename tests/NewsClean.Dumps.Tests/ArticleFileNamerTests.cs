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

    private static CleanArticle Article(string? sourcePath, string? id)
    {
        var input = new DocumentInput("A short body line that is the whole article text.") { SourcePath = sourcePath, SourceId = id };
        return new ArticleCleaner().Clean(input).Article!;
    }
}
