using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using NewsClean.Core;
using NewsClean.Core.Rules;
using Xunit;

namespace NewsClean.PowerShell.Tests;

public sealed class GetCleanArticleCommandTests : IClassFixture<ModuleRunspace>
{
    private const string Command = "NewsClean.PowerShell.GetCleanArticleCommand";

    private readonly ModuleRunspace _shell;
    private readonly ArticleFixture _desalination = ArticleFixture.Load("article-desalination");
    private readonly ArticleFixture _market = ArticleFixture.Load("article-market");

    public GetCleanArticleCommandTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    [Fact]
    public void PipedStrings_AreEachCleanedAsOneDocument()
    {
        var result = _shell.Invoke("$args[0], $args[1] | Get-CleanArticle", _desalination.Text, _market.Text);

        Assert.Empty(result.Errors);
        Assert.Collection(
            result.Articles,
            article => Assert.Equal(_desalination.Expected.Title, article.Title),
            article => Assert.Equal(_market.Expected.Title, article.Title));
    }

    [Fact]
    public void PipedString_MetadataLinesMoveOutOfTheBody()
    {
        var article = Assert.Single(_shell.Invoke("$args[0] | Get-CleanArticle", _desalination.Text).Articles);
        var expected = _desalination.Expected;

        Assert.Equal(expected.Site, article.Site);
        Assert.Equal(expected.Source, article.Source);
        Assert.Equal(expected.Keywords, article.Keywords);
        Assert.Equal(expected.Published, article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.StartsWith(expected.FirstParagraphStart, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(expected.SourceLine, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(expected.KeywordLine, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content", "Date", "Id")]
    [InlineData("Body", "date_extracted", "SourceId")]
    [InlineData("Html", "PublishedAt", "Id")]
    [InlineData("Text", "Date", "SourceId")]
    public void Records_BindByPropertyName(string textProperty, string dateProperty, string idProperty)
    {
        const string Script = """
            $record = [ordered]@{ Title = 'Title given by the dump'; Url = 'https://news.example/a/1' }
            $record[$args[1]] = $args[0]
            $record[$args[2]] = '2025-03-12'
            $record[$args[3]] = 'rec-7'
            [pscustomobject]$record | Get-CleanArticle
            """;

        var result = _shell.Invoke(Script, _market.Text, textProperty, dateProperty, idProperty);

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Title given by the dump", article.Title);
        Assert.Equal("https://news.example/a/1", article.Url);
        Assert.Equal("rec-7", article.SourceId);
        Assert.Equal("2025-03-12", article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Contains(_market.Expected.FirstParagraphStart, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_DoNotPassTheirFieldsOnToTheNextRecord()
    {
        const string Script = """
            [pscustomobject]@{ Content = $args[0]; Title = 'Title given by the dump'; Id = 'rec-1' },
            [pscustomobject]@{ Content = $args[1] } | Get-CleanArticle
            """;

        var result = _shell.Invoke(Script, _desalination.Text, _market.Text);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("rec-1", result.Articles[0].SourceId);
        Assert.Equal(_market.Expected.Title, result.Articles[1].Title);
        Assert.Null(result.Articles[1].SourceId);
    }

    [Fact]
    public void UnknownExcludeRule_StopsTheCommandBeforeAnyInput()
    {
        // A statement-terminating error is caught by try/catch; a non-terminating one would not be.
        const string Script = """
            try { $args[0], $args[1] | Get-CleanArticle -ExcludeRule NC0000; 'not stopped' } catch { $_ }
            """;

        var result = _shell.Invoke(Script, _desalination.Text, _market.Text);

        var error = Assert.IsType<ErrorRecord>(Assert.Single(result.Output).BaseObject);
        Assert.Equal("UnknownRule," + Command, error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("NC0000", error.TargetObject);
    }

    [Fact]
    public void EmptyAndBlankText_AreEmptyDocumentErrors_AndTheNextTextIsStillCleaned()
    {
        const string Blank = "  \n\t \n";
        var result = _shell.Invoke("$args[0], $args[1], $args[2] | Get-CleanArticle", string.Empty, Blank, _market.Text);

        Assert.Equal(new[] { DocumentError.EmptyDocument + "," + Command, DocumentError.EmptyDocument + "," + Command }, result.ErrorIds);
        Assert.Equal(new object[] { string.Empty, Blank }, result.Errors.Select(e => e.TargetObject));
        Assert.Equal(_market.Expected.Title, Assert.Single(result.Articles).Title);
    }

    [Fact]
    public void ExcludeRule_LeavesTheRuleTextInTheBody()
    {
        var result = _shell.Invoke("$args[0] | Get-CleanArticle -ExcludeRule $args[1]", _market.Text, RuleIds.SourceLine);

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Source);
        Assert.Contains(_market.Expected.SourceLine, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Findings, f => f.RuleId == RuleIds.SourceLine);
    }

    [Fact]
    public void RelativePaths_FollowThePowerShellLocation()
    {
        var folder = Directory.CreateTempSubdirectory("newsclean-").FullName;
        try
        {
            File.Copy(_market.Path, Path.Combine(folder, "market.txt"));
            var result = _shell.Invoke("Push-Location -LiteralPath $args[0]; try { Get-CleanArticle -Path *.txt } finally { Pop-Location }", folder);

            Assert.Empty(result.Errors);
            var article = Assert.Single(result.Articles);
            Assert.Equal(Path.Combine(folder, "market.txt"), article.SourcePath);
            Assert.Equal("utf-8", article.Encoding);
            Assert.Equal(_market.Expected.Title, article.Title);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
