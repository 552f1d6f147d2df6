using System;
using System.Linq;
using System.Text;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Documents;
using Xunit;

namespace NewsClean.PowerShell.Tests;

/// <summary>
/// Issue 11, item 2: one document the engine throws on must not stop the pipeline. The engine is made to throw on
/// documents holding a marker (a test seam inside the isolated region), so the tests hold whatever the engine fixes.
/// </summary>
public sealed class FaultIsolationTests : IClassFixture<ModuleRunspace>
{
    private const string Marker = "NEWSCLEAN-TEST-FAULT";

    private readonly ModuleRunspace _shell;

    static FaultIsolationTests()
    {
        DocumentEngine.FaultInjection = input =>
        {
            var text = input.Text ?? (input.Bytes is null ? string.Empty : Encoding.UTF8.GetString(input.Bytes));
            if (text.Contains(Marker, StringComparison.Ordinal))
            {
                throw new ArgumentOutOfRangeException("index", "injected fault");
            }
        };
    }

    public FaultIsolationTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    private static string[] Documents(int count, int badAt) => Enumerable.Range(0, count)
        .Select(i => i == badAt ? $"عنوان الخبر {i}\n\n{Marker} نص" : $"عنوان الخبر رقم {i}\n\nهذا نص الخبر رقم {i} عن الاقتصاد والسياسة في المنطقة.")
        .ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void GetCleanArticle_OneThrowingDocument_IsOneInternalError_AndEveryOtherDocumentComesOut(int throttle)
    {
        var documents = Documents(60, 37);
        var result = _shell.Invoke("$args[0] | Get-CleanArticle -ThrottleLimit $args[1] -ErrorAction Continue", documents, throttle);

        Assert.Equal(59, result.Articles.Count);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(DocumentError.InternalError, error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("injected fault", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(
            Enumerable.Range(0, 60).Where(i => i != 37).Select(i => $"عنوان الخبر رقم {i}"),
            result.Articles.Select(a => a.Title));
    }

    [Fact]
    public void GetCleanArticle_ThrowingDocument_InTheMiddleOfAPipelineToExport_ExportsTheRest()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nc-fault-{Guid.NewGuid():N}.jsonl");
        try
        {
            var result = _shell.Invoke("$args[0] | Get-CleanArticle -ErrorAction Continue | Export-CleanArticle -LiteralPath $args[1]", Documents(30, 5), path);

            Assert.Single(result.Errors);
            Assert.Equal(29, System.IO.File.ReadAllLines(path).Length);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void TestCleanArticle_OneThrowingDocument_IsOneError_AndQuietStillAnswersEveryInput()
    {
        var result = _shell.Invoke("$args[0] | Test-CleanArticle -Quiet -ErrorAction Continue", Documents(10, 3), 1);

        Assert.Equal(10, result.Output.Count);
        Assert.False((bool)result.Output[3].BaseObject);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Record_WithTextAndHtml_BindsWithoutAmbiguity_TextFirstLikeADump()
    {
        const string Script = """
            [pscustomobject]@{ Text = "عنوان من النص`n`nنص الخبر من حقل النص."; Html = '<html><head><title>عنوان الصفحة</title></head><body><p>نص الصفحة</p></body></html>' },
            [pscustomobject]@{ Text = ' '; Html = '<html><head><title>عنوان الصفحة</title></head><body><article><p>نص الصفحة الطويل عن الاقتصاد.</p></article></body></html>' } |
                Get-CleanArticle -ThrottleLimit 2
            """;
        var result = _shell.Invoke(Script);

        Assert.Empty(result.Errors);
        Assert.Collection(
            result.Articles,
            a => Assert.Equal("عنوان من النص", a.Title),
            a => Assert.Equal("عنوان الصفحة", a.Title));
    }
}

/// <summary>
/// Issue 11: a page in a code page .NET only knows once registered decodes the same in the module as in the CLI (the
/// CLI test is the regression test: PowerShell registers the code pages for itself, so this one checks parity).
/// </summary>
public sealed class CodePageParityTests : IClassFixture<ModuleRunspace>
{
    private const string Sentence = "Правительство объявило о новом плане развития транспорта в регионе на ближайшие годы.";

    private readonly ModuleRunspace _shell;

    public CodePageParityTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    [Fact]
    public void AWindows1251Page_IsDecodedByItsDeclaration()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article><h1>Новости транспорта</h1>"
            + string.Concat(Enumerable.Repeat($"<p>{Sentence}</p>", 4)) + "</article></body></html>";
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nc-cp1251-{Guid.NewGuid():N}.html");

        // Windows-1251 by hand (А..я are 0xC0..0xFF), so the test itself registers no code page.
        System.IO.File.WriteAllBytes(path, html.Select(c => c >= '\u0410' && c <= '\u044F' ? (byte)(c - '\u0410' + 0xC0) : (byte)c).ToArray());
        try
        {
            var article = Assert.Single(_shell.Invoke("Get-CleanArticle -LiteralPath $args[0]", path).Articles);

            Assert.Equal("windows-1251", article.Encoding);
            Assert.Contains(Sentence, article.Body, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}

/// <summary>Issue 11, item 1, in the module: the same document is an article there too.</summary>
public sealed class EngineCrashRegressionTests : IClassFixture<ModuleRunspace>
{
    private readonly ModuleRunspace _shell;

    public EngineCrashRegressionTests(ModuleRunspace shell)
    {
        _shell = shell;
    }

    [Fact]
    public void AReadAlsoMarkerWithADeskLineClosingTheDocument_IsAnArticle()
    {
        var result = _shell.Invoke("\"إقرأ أيضاأ`nال- خ\" | Get-CleanArticle -ErrorAction Continue");

        Assert.Empty(result.Errors);
        Assert.Single(result.Articles);
    }
}
