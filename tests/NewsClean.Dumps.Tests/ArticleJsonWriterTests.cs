using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsClean.Core.Model;
using NewsClean.Validation;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class ArticleJsonWriterTests
{
    private static readonly IReadOnlyList<CleanArticle> Articles = Fixture.Articles();

    [Fact]
    public void TwoRunsOverTheSameArticlesAreByteIdentical()
    {
        Assert.Equal(Write(Articles), Write(Fixture.Articles()));
    }

    [Fact]
    public void EachLineIsOneObjectWithTheDocumentedFieldsInOrder()
    {
        var lines = Lines(Write(Articles));

        Assert.Equal(Articles.Count, lines.Count);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.Equal(ArticleFields.Article, document.RootElement.EnumerateObject().Select(p => p.Name));
            foreach (var embedded in document.RootElement.GetProperty("EmbeddedArticles").EnumerateArray())
            {
                Assert.Equal(ArticleFields.EmbeddedArticle, embedded.EnumerateObject().Select(p => p.Name));
            }

            foreach (var finding in document.RootElement.GetProperty("Findings").EnumerateArray())
            {
                Assert.Equal(ArticleFields.Finding, finding.EnumerateObject().Select(p => p.Name));
            }
        }

        Assert.Contains(lines, l => JsonDocument.Parse(l).RootElement.GetProperty("Findings").GetArrayLength() > 0);
    }

    [Fact]
    public void ValuesAreTheArticlesOwn()
    {
        var lines = Lines(Write(Articles));
        for (var i = 0; i < Articles.Count; i++)
        {
            var article = Articles[i];
            var root = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(article.SourcePath, root.GetProperty("SourcePath").GetString());
            Assert.Equal(article.Title, root.GetProperty("Title").GetString());
            Assert.Equal(article.Body, root.GetProperty("Body").GetString());
            Assert.Equal(article.Site, root.GetProperty("Site").GetString());
            Assert.Equal(article.Source, root.GetProperty("Source").GetString());
            Assert.Equal(article.Byline, root.GetProperty("Byline").GetString());
            Assert.Equal(article.Keywords, root.GetProperty("Keywords").EnumerateArray().Select(k => k.GetString()));
            Assert.Equal(article.RelatedTitles, root.GetProperty("RelatedTitles").EnumerateArray().Select(k => k.GetString()));
            Assert.Equal(article.WordCount, root.GetProperty("WordCount").GetInt32());
            Assert.Equal(article.Encoding, root.GetProperty("Encoding").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("IsValid").ValueKind);
            Assert.Equal(0, root.GetProperty("ValidationIssues").GetArrayLength());
            Assert.Equal(article.Findings.Select(f => f.Text), root.GetProperty("Findings").EnumerateArray().Select(f => f.GetProperty("Text").GetString()));
            Assert.Equal(article.Findings.Select(f => f.Start), root.GetProperty("Findings").EnumerateArray().Select(f => f.GetProperty("Start").GetInt32()));
        }
    }

    [Fact]
    public void DatesAreIso8601RoundTripStrings()
    {
        var dated = Articles.Where(a => a.PublishedAt is not null && a.ScrapedAt is not null).ToList();
        Assert.NotEmpty(dated);

        var lines = Lines(Write(dated));
        for (var i = 0; i < dated.Count; i++)
        {
            var root = JsonDocument.Parse(lines[i]).RootElement;
            var published = root.GetProperty("PublishedAt").GetString()!;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}[+-]\d{2}:\d{2}$", published);
            Assert.Equal(dated[i].PublishedAt, DateTimeOffset.ParseExact(published, "o", CultureInfo.InvariantCulture));
            Assert.Equal(dated[i].ScrapedAt, DateTimeOffset.ParseExact(root.GetProperty("ScrapedAt").GetString()!, "o", CultureInfo.InvariantCulture));
            Assert.Equal(JsonValueKind.Null, root.GetProperty("ModifiedAt").ValueKind);
        }
    }

    [Fact]
    public void OutputIsUtf8WithoutByteOrderMarkWithLfLineEndsAndArabicUnescaped()
    {
        var bytes = Write(Articles);

        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        var text = new UTF8Encoding(false, true).GetString(bytes);
        Assert.Contains(Articles[0].Title!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeGivesTheLineWriteWrites()
    {
        using var stream = new MemoryStream();
        using (var writer = new ArticleJsonWriter(stream, leaveOpen: true))
        {
            foreach (var article in Articles)
            {
                writer.WriteSerialized(ArticleJsonWriter.Serialize(article));
            }

            Assert.Equal(Articles.Count, writer.Count);
        }

        Assert.Equal(Write(Articles), stream.ToArray());
    }

    [Fact]
    public void ValidatedArticlesCarryIsValidAndTheirIssues()
    {
        var validator = new ArticleValidator(ValidationSettings.Default, Array.Empty<string>());
        var validated = Articles.Select(validator.ValidateArticle).ToList();
        var shortOne = validated.Single(a => a.SourcePath!.EndsWith("marathon-short.txt", StringComparison.Ordinal));

        var root = JsonDocument.Parse(Lines(Write(new[] { shortOne }))[0]).RootElement;

        Assert.Equal(JsonValueKind.False, root.GetProperty("IsValid").ValueKind);
        var issues = root.GetProperty("ValidationIssues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("Severity").GetString() == "Error" && i.GetProperty("PropertyName").GetString() == "WordCount");
        Assert.All(issues, i => Assert.Equal(ArticleFields.ValidationIssue, i.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void WriteSerializedRefusesTextWithALineBreak()
    {
        using var writer = new ArticleJsonWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => writer.WriteSerialized("{}\n{}"));
    }

    internal static byte[] Write(IEnumerable<CleanArticle> articles)
    {
        using var stream = new MemoryStream();
        using (var writer = new ArticleJsonWriter(stream, leaveOpen: true))
        {
            foreach (var article in articles)
            {
                writer.Write(article);
            }
        }

        return stream.ToArray();
    }

    private static List<string> Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
