using System;
using System.Collections;
using System.IO;
using System.Linq;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using Xunit;

namespace NewsClean.Validation.Tests;

public sealed class ArticleValidatorTests
{
    private static readonly DateTimeOffset Crawled = new DateTimeOffset(2024, 5, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SoundArticleIsValid()
    {
        var article = Validate(Article());
        Assert.True(article.IsValid);
        Assert.Empty(article.ValidationIssues);
    }

    [Fact]
    public void NotValidatedArticleHasNoVerdict()
    {
        var article = Article();
        Assert.Null(article.IsValid);
        Assert.Empty(article.ValidationIssues);
    }

    [Fact]
    public void MissingTitleIsAWarningUnlessRequired()
    {
        var relaxed = Validate(Article(title: null));
        Assert.True(relaxed.IsValid);
        var issue = Assert.Single(relaxed.ValidationIssues);
        Assert.Equal(RuleIds.TitleMissing, issue.Code);
        Assert.Equal(RuleSeverity.Warning, issue.Severity);
        Assert.Equal("Title", issue.PropertyName);
        Assert.Contains("Title", issue.Message, StringComparison.Ordinal);

        var strict = Validate(Article(title: null), new Hashtable { ["RequireTitle"] = true });
        Assert.False(strict.IsValid);
        Assert.Equal(RuleSeverity.Error, Assert.Single(strict.ValidationIssues).Severity);
    }

    [Fact]
    public void TitleEqualToSiteIsAnError() =>
        AssertOnly(Validate(Article(title: Fixture("site.txt"))), RuleIds.TitleIsSiteName, RuleSeverity.Error, "Title");

    [Fact]
    public void OverlongTitleIsAWarning() =>
        AssertOnly(Validate(Article(title: string.Concat(Enumerable.Repeat(Fixture("title.txt") + " ", 8)))), RuleIds.TitleLength, RuleSeverity.Warning, "Title");

    [Fact]
    public void EmptyBodyIsAnError()
    {
        var article = Validate(Article(paragraphs: Array.Empty<string>()));
        Assert.False(article.IsValid);
        Assert.Contains(article.ValidationIssues, i => i.Code == RuleIds.BodyMissing && i.PropertyName == "Body");
    }

    [Fact]
    public void ShortBodyFailsTheConfiguredMinimum()
    {
        Assert.True(Validate(Article()).IsValid);
        AssertOnly(Validate(Article(), new Hashtable { ["MinBodyWords"] = 500 }), RuleIds.BodyTooShort, RuleSeverity.Error, "WordCount");
    }

    [Fact]
    public void LatinBodyFailsArabicShareUnlessAnyLanguage()
    {
        var english = new[] { "The city council opened a new public library in the old town this morning, with thirty thousand books and a reading room for children." };
        AssertOnly(Validate(Article(paragraphs: english), new Hashtable { ["MinBodyWords"] = 5 }), RuleIds.ArabicRatio, RuleSeverity.Error, "Body");
        Assert.True(Validate(Article(paragraphs: english), new Hashtable { ["MinBodyWords"] = 5, ["ExpectedLanguage"] = "any" }).IsValid);
    }

    [Fact]
    public void ResidualReadAlsoLineIsReported() =>
        AssertOnly(Validate(Article(paragraphs: Paragraphs().Concat(new[] { Fixture("boilerplate-line.txt") }).ToArray())), RuleIds.ResidualBoilerplate, RuleSeverity.Warning, "Body");

    [Fact]
    public void DuplicatedParagraphIsReported() =>
        AssertOnly(Validate(Article(paragraphs: Paragraphs().Concat(Paragraphs().Take(1)).ToArray())), RuleIds.DuplicateParagraphs, RuleSeverity.Warning, "Paragraphs");

    [Fact]
    public void PublishDateAfterCrawlIsAnError() =>
        AssertOnly(Validate(Article(published: Crawled.AddDays(3))), RuleIds.PublishedInFuture, RuleSeverity.Error, "PublishedAt");

    [Fact]
    public void PublishDateWithinToleranceIsFine() =>
        Assert.True(Validate(Article(published: Crawled.AddHours(20))).IsValid);

    [Fact]
    public void AncientPublishDateIsAWarning() =>
        AssertOnly(Validate(Article(published: new DateTimeOffset(1433, 9, 9, 0, 0, 0, TimeSpan.Zero))), RuleIds.PublishedTooOld, RuleSeverity.Warning, "PublishedAt");

    [Theory]
    [InlineData("mojibake.txt")]
    [InlineData("mojibake-1256.txt")]
    public void MojibakeIsAnError(string fixture) =>
        Assert.Contains(Validate(Article(paragraphs: Paragraphs().Concat(new[] { Fixture(fixture) }).ToArray())).ValidationIssues, i => i.Code == RuleIds.MojibakeLeft && i.Severity == RuleSeverity.Error);

    [Fact]
    public void ReplacementCharacterRunIsAnError() =>
        AssertOnly(Validate(Article(paragraphs: Paragraphs().Select((p, i) => i == 1 ? p + " \uFFFD\uFFFD\uFFFD" : p).ToArray())), RuleIds.MojibakeLeft, RuleSeverity.Error, "Body");

    [Theory]
    [InlineData("<p>")]
    [InlineData("&nbsp;")]
    [InlineData("</div>")]
    public void MarkupIsAnError(string markup) =>
        AssertOnly(Validate(Article(paragraphs: Paragraphs().Select((p, i) => i == 0 ? p + " " + markup : p).ToArray())), RuleIds.MarkupLeft, RuleSeverity.Error, "Body");

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u0007')]
    [InlineData('\u2066')]
    public void ControlAndBidiOverrideCharactersAreErrors(char c) =>
        AssertOnly(Validate(Article(paragraphs: Paragraphs().Select((p, i) => i == 0 ? c + p : p).ToArray())), RuleIds.ControlCharactersLeft, RuleSeverity.Error, "Body");

    [Fact]
    public void RightToLeftMarkInsideNumbersIsFine() =>
        Assert.True(Validate(Article(paragraphs: Paragraphs().Select((p, i) => i == 0 ? p + " 2\u200F015" : p).ToArray())).IsValid);

    [Fact]
    public void ExcludedRuleIsNotChecked()
    {
        var validator = new ArticleValidator(ValidationSettings.FromDictionary(new Hashtable { ["ReferenceTime"] = Crawled }), new[] { RuleIds.PublishedInFuture });
        Assert.True(validator.ValidateArticle(Article(published: Crawled.AddDays(3))).IsValid);
    }

    [Fact]
    public void UnknownSettingNamesTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => ValidationSettings.FromDictionary(new Hashtable { ["MinBodyWordz"] = 10 }));
        Assert.Equal("MinBodyWordz", error.ParamName);
    }

    [Theory]
    [InlineData("MinBodyWords", "many")]
    [InlineData("MinBodyWords", -1)]
    [InlineData("MinArabicRatio", 1.5)]
    [InlineData("ExpectedLanguage", "fr")]
    [InlineData("RequireTitle", "yes")]
    [InlineData("ReferenceTime", "not a date")]
    public void BadSettingValueNamesTheKey(string key, object value)
    {
        var error = Assert.Throws<ArgumentException>(() => ValidationSettings.FromDictionary(new Hashtable { [key] = value }));
        Assert.Equal(key, error.ParamName);
    }

    [Fact]
    public void DefaultsAreDocumentedValues()
    {
        var d = ValidationSettings.Default;
        Assert.Equal((30, 0.5, "ar", 4, 250, false, 48d, 1990), (d.MinBodyWords, d.MinArabicRatio, d.ExpectedLanguage, d.MinTitleLength, d.MaxTitleLength, d.RequireTitle, d.FutureToleranceHours, d.MinPublishedYear));
    }

    private static void AssertOnly(CleanArticle article, string code, RuleSeverity severity, string property)
    {
        var issue = Assert.Single(article.ValidationIssues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(property, issue.PropertyName);
        Assert.Equal(severity != RuleSeverity.Error, article.IsValid);
    }

    private static CleanArticle Validate(CleanArticle article, Hashtable? settings = null)
    {
        settings ??= new Hashtable();
        if (!settings.ContainsKey("ReferenceTime"))
        {
            settings["ReferenceTime"] = Crawled;
        }

        return new ArticleValidator(ValidationSettings.FromDictionary(settings), Array.Empty<string>()).ValidateArticle(article);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)).Trim();

    private static string[] Paragraphs() => Fixture("body.txt").Split("\n\n").Select(p => p.Trim()).ToArray();

    private static CleanArticle Article(string? title = "\0", string[]? paragraphs = null, DateTimeOffset? published = null)
    {
        var metadata = new ArticleMetadata { Site = Fixture("site.txt"), ScrapedAt = Crawled, PublishedAt = published ?? Crawled.AddDays(-1) };
        return new CleanArticle(title == "\0" ? Fixture("title.txt") : title, paragraphs ?? Paragraphs(), metadata, Array.Empty<CleanArticle>(), Array.Empty<Finding>(), "library.txt", "utf-8");
    }
}
