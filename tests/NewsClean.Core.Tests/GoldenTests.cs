using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Core.Tests;

/// <summary>One data-driven test over every golden case: rule cases (Golden/) and whole documents (Documents/).</summary>
public sealed class GoldenTests
{
    public static IEnumerable<object[]> RuleCases() => GoldenCase.Load("Golden");

    public static IEnumerable<object[]> DocumentCases() => GoldenCase.Load("Documents");

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void RuleCaseMatchesGolden(GoldenCase golden) => Check(golden);

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void DocumentMatchesGolden(GoldenCase golden) => Check(golden);

    private static void Check(GoldenCase golden)
    {
        var result = new ArticleCleaner().Clean(new DocumentInput(File.ReadAllBytes(golden.InputPath)) { SourcePath = golden.InputPath });
        var expected = golden.Expected;
        if (expected.TryGetProperty("error", out var error))
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(error.GetString(), result.Error!.ErrorId);
            return;
        }

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var article = result.Article!;
        AssertText(expected, "title", article.Title);
        AssertText(expected, "site", article.Site);
        AssertText(expected, "source", article.Source);
        AssertText(expected, "byline", article.Byline);
        AssertText(expected, "encoding", article.Encoding);
        AssertDate(expected, "published", article.PublishedAt);
        AssertDate(expected, "scraped", article.ScrapedAt);
        AssertList(expected, "keywords", article.Keywords);
        AssertList(expected, "related", article.RelatedTitles);
        if (expected.TryGetProperty("body", out var body))
        {
            Assert.Equal(body.GetString(), article.Body);
        }

        if (expected.TryGetProperty("embedded", out var embedded))
        {
            var items = embedded.EnumerateArray().ToArray();
            Assert.Equal(items.Length, article.EmbeddedArticles.Count);
            for (var i = 0; i < items.Length; i++)
            {
                var actual = article.EmbeddedArticles[i];
                AssertText(items[i], "title", actual.Title);
                AssertText(items[i], "outlet", actual.Site);
                AssertText(items[i], "byline", actual.Byline);
                AssertText(items[i], "source", actual.Source);
                AssertDate(items[i], "published", actual.PublishedAt);
                AssertText(items[i], "body", actual.Body);
            }
        }

        if (expected.TryGetProperty("findings", out var findings))
        {
            // Each expected finding is "NCxxxx:line"; the article must report exactly these (engine notes NC4xxx aside).
            var want = findings.EnumerateArray().Select(f => f.GetString()!).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            var got = article.Findings.Where(f => f.Category != RuleCategory.Encoding)
                .Select(f => f.RuleId + ":" + f.StartLine).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            Assert.Equal(want, got);
        }
    }

    private static void AssertText(JsonElement expected, string name, string? actual)
    {
        if (expected.TryGetProperty(name, out var value))
        {
            Assert.True(value.ValueKind == JsonValueKind.Null ? actual is null : value.GetString() == actual, $"{name}: expected '{value}', got '{actual}'");
        }
    }

    private static void AssertDate(JsonElement expected, string name, DateTimeOffset? actual)
    {
        if (expected.TryGetProperty(name, out var value))
        {
            var text = actual?.ToString(value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 10 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(value.ValueKind == JsonValueKind.Null ? actual is null : value.GetString() == text, $"{name}: expected '{value}', got '{text}'");
        }
    }

    private static void AssertList(JsonElement expected, string name, IReadOnlyList<string> actual)
    {
        if (expected.TryGetProperty(name, out var value))
        {
            Assert.Equal(value.EnumerateArray().Select(v => v.GetString()).ToArray(), actual.ToArray());
        }
    }
}
