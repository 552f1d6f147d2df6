using System;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using Xunit;

namespace NewsClean.Core.Tests.Reliability;

/// <summary>Properties that hold for every document, checked over generated documents with fixed seeds.</summary>
public sealed class PropertyTests
{
    private const int Runs = 200;
    private readonly ArticleCleaner _cleaner = new ArticleCleaner();

    public static TheoryData<int> Seeds() => new TheoryData<int>(Enumerable.Range(1, Runs));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CleaningIsDeterministic(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var bytes = Encoding.UTF8.GetBytes(generator.Mixed(generator.Paragraphs(1, 12)));
        var first = _cleaner.Clean(new DocumentInput(bytes)).Article!;
        var second = _cleaner.Clean(new DocumentInput((byte[])bytes.Clone())).Article!;
        Assert.Equal(Describe(first), Describe(second));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CleaningNeverAddsText(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var text = generator.Mixed(generator.Paragraphs(1, 12));
        var article = _cleaner.Clean(text).Article!;
        Assert.All(article.Paragraphs, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.All(article.RelatedTitles, t => Assert.Contains(t, text, StringComparison.Ordinal));
        Assert.All(article.Findings.Where(f => f.Length > 0), f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DocumentWithoutBoilerplateKeepsEveryParagraph(int seed)
    {
        var paragraphs = new DocumentGenerator(seed).Paragraphs(1, 15);
        var article = _cleaner.Clean(string.Join("\n\n", paragraphs)).Article!;
        Assert.Equal(paragraphs, article.Paragraphs);
        Assert.Empty(article.Findings);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CleaningACleanArticleChangesNothing(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var once = _cleaner.Clean(generator.Mixed(generator.Paragraphs(1, 12))).Article!;
        var twice = _cleaner.Clean(once.Body).Article!;
        Assert.Equal(once.Body, twice.Body);
        Assert.Empty(twice.Findings);
    }

    private static string Describe(CleanArticle a) =>
        string.Join("|", a.Title, a.Body, a.PublishedAt, a.Site, a.Source, a.Byline, string.Join(",", a.Keywords), string.Join(",", a.RelatedTitles),
            string.Join(",", a.Findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length}")));
}
