using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsClean.PowerShell.Tests;

/// <summary>Issue 13: pipeline values that are no document give an error with its own id, never a junk article.</summary>
public sealed class PipelineTrapTests : IClassFixture<ModuleRunspace>, IDisposable
{
    private readonly ModuleRunspace _shell;
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-traps-").FullName;
    private readonly string _file;

    public PipelineTrapTests(ModuleRunspace shell)
    {
        _shell = shell;
        _file = Path.Combine(_folder, "story.txt");
        File.WriteAllText(_file, "مزارعو النخيل يستبشرون بموسم حصاد وفير\n\nقال مزارعون في الواحة إن موسم هذا العام يبشر بحصاد وفير بعد أمطار الشتاء.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void APipedPathString_IsTextIsAPath_AndTheDocumentsAroundItAreStillCleaned()
    {
        var result = _shell.Invoke("'عنوان الخبر الأول اليوم', $args[0], 'عنوان الخبر الثاني اليوم' | Get-CleanArticle -ErrorAction Continue", _file);

        Assert.Equal(new[] { "عنوان الخبر الأول اليوم", "عنوان الخبر الثاني اليوم" }, result.Articles.Select(a => a.Title));
        Assert.StartsWith("TextIsAPath", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[pscustomobject]@{ url = 'https://news.example/1' }")]
    [InlineData("@{ url = 'https://news.example/1' }")]
    public void ARecordWithoutText_IsRecordWithoutText(string record)
    {
        var result = _shell.Invoke(record + " | Get-CleanArticle -ErrorAction Continue");

        Assert.Empty(result.Articles);
        Assert.StartsWith("RecordWithoutText", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Resolve-Path -LiteralPath $args[0]")]
    [InlineData("Get-Item -LiteralPath $args[0]")]
    [InlineData("[pscustomobject]@{ FullName = $args[0] }")]
    public void PathObjects_CleanTheFile(string source)
    {
        var result = _shell.Invoke(source + " | Get-CleanArticle", _file);

        Assert.Empty(result.Errors);
        Assert.Equal(_file, Assert.Single(result.Articles).SourcePath);
    }
}
