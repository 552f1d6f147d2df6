using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace NewsClean.Core.Tests.Reliability;

/// <summary>
/// Every kind of bad input ends in an article or one error with a stable id: no exception escapes and nothing hangs.
/// The hang guard is generous on purpose; durations are printed for the record, never asserted.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly string[] KnownErrors = { DocumentError.BinaryContent, DocumentError.EmptyDocument, DocumentError.DecodingFailed };
    private readonly ITestOutputHelper _output;

    public BadInputTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Cases() => new TheoryData<string>(Inputs.Keys);

    private static readonly Dictionary<string, Func<byte[]>> Inputs = new Dictionary<string, Func<byte[]>>
    {
        ["random-bytes"] = () => RandomBytes(64 * 1024, 7),
        ["truncated-utf8"] = () => { var b = Arabic(40); return b.Take(b.Length - 1).ToArray(); },
        ["utf16-without-bom"] = () => Encoding.Unicode.GetBytes(new DocumentGenerator(3).Paragraph()),
        ["utf16-big-endian-without-bom"] = () => Encoding.BigEndianUnicode.GetBytes(new DocumentGenerator(4).Paragraph()),
        ["png-header"] = () => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(RandomBytes(4096, 1)).ToArray(),
        ["zip-header"] = () => new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(RandomBytes(4096, 2)).ToArray(),
        ["50mb-single-line"] = () => { var p = new DocumentGenerator(5).Paragraph() + " "; return Encoding.UTF8.GetBytes(Repeat(p, 50 * 1024 * 1024 / Encoding.UTF8.GetByteCount(p))); },
        ["200000-short-lines"] = () => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 200_000).Select(i => "سطر " + i))),
        ["only-whitespace"] = () => Encoding.UTF8.GetBytes(" \t\r\n\u00A0\n   \n"),
        ["only-boilerplate"] = () => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 50).Select(i => new DocumentGenerator(i).BoilerplateLine()))),
        ["deeply-nested-markup"] = () => Encoding.UTF8.GetBytes(Repeat("<div><span>", 100_000) + new DocumentGenerator(6).Paragraph() + Repeat("</span></div>", 100_000)),
        ["run-of-colons"] = () => Encoding.UTF8.GetBytes("اقرأ أيضا" + Repeat(":", 200_000)),
        ["run-of-spaces-in-marker"] = () => Encoding.UTF8.GetBytes("اقرأ" + Repeat(" ", 200_000) + "أيضا"),
        ["run-of-dashes"] = () => Encoding.UTF8.GetBytes("بغداد" + Repeat(" - ", 100_000) + "متابعة"),
        ["run-of-tatweel"] = () => Encoding.UTF8.GetBytes("ا" + Repeat("\u0640", 200_000) + "ل"),
        ["run-of-diacritics"] = () => Encoding.UTF8.GetBytes("ا" + Repeat("\u064B", 200_000)),
        ["run-of-digits"] = () => Encoding.UTF8.GetBytes(Repeat("2024-", 100_000)),
        ["run-of-eastern-digits"] = () => Encoding.UTF8.GetBytes(Repeat("\u0662\u0660\u0662\u0664/", 100_000)),
        ["run-of-brackets"] = () => Encoding.UTF8.GetBytes(Repeat("(", 100_000) + "تصوير" + Repeat(")", 100_000)),
        ["run-of-gt"] = () => Encoding.UTF8.GetBytes("الرئيسية" + Repeat(" > قسم", 50_000)),
        ["long-url"] = () => Encoding.UTF8.GetBytes("http://" + Repeat("a", 500_000)),
        ["email-like"] = () => Encoding.UTF8.GetBytes(Repeat("a.", 200_000) + "@" + Repeat("b.", 200_000)),
        ["aggregator-like"] = () => Encoding.UTF8.GetBytes("نشر في " + Repeat("الجمهورية ", 100_000) + "يوم 26 - 08 - 2012"),
        ["crawler-stamp-like"] = () => Encoding.UTF8.GetBytes(Repeat("2025-03-29@", 100_000)),
        ["bullets"] = () => Encoding.UTF8.GetBytes("مقالات مشابهة\n" + string.Join("\n", Enumerable.Range(0, 100_000).Select(i => "• عنوان " + i))),
        ["read-also-lines"] = () => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 50_000).Select(i => "اقرأ أيضا: عنوان " + i))),
        ["nul-bytes"] = () => new byte[100_000],
        ["control-characters"] = () => Enumerable.Range(0, 10_000).Select(i => (byte)(i % 31 + 1)).ToArray(),
        ["lone-surrogates-utf8"] = () => new byte[] { 0xED, 0xA0, 0x80, 0x41, 0x42 },
        ["bom-only"] = () => new byte[] { 0xEF, 0xBB, 0xBF },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsInAnArticleOrOneStableError(string name)
    {
        var bytes = Inputs[name]();
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => new ArticleCleaner().Clean(new Model.DocumentInput(bytes)));
        var finished = await Task.WhenAny(task, Task.Delay(HangGuard));
        Assert.True(finished == task, $"{name} did not finish within {HangGuard}");
        var result = await task;
        _output.WriteLine($"{name}: {bytes.Length:n0} bytes, {watch.Elapsed.TotalMilliseconds:n0} ms, {(result.IsSuccess ? "article, " + result.Article!.WordCount + " words" : result.Error!.ErrorId)}");
        if (!result.IsSuccess)
        {
            Assert.Contains(result.Error!.ErrorId, KnownErrors);
            Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        }
    }

    [Theory]
    [InlineData("png-header", DocumentError.BinaryContent)]
    [InlineData("zip-header", DocumentError.BinaryContent)]
    [InlineData("only-whitespace", DocumentError.EmptyDocument)]
    [InlineData("bom-only", DocumentError.EmptyDocument)]
    [InlineData("nul-bytes", DocumentError.EmptyDocument)]
    [InlineData("control-characters", DocumentError.BinaryContent)]
    public void KnownBadInputGetsItsId(string name, string errorId) =>
        Assert.Equal(errorId, new ArticleCleaner().Clean(new Model.DocumentInput(Inputs[name]())).Error?.ErrorId);

    [Theory]
    [InlineData("utf16-without-bom", "utf-16")]
    [InlineData("utf16-big-endian-without-bom", "utf-16BE")]
    [InlineData("truncated-utf8", "utf-8")]
    public void TextInOddEncodingsIsRead(string name, string encoding)
    {
        var article = new ArticleCleaner().Clean(new Model.DocumentInput(Inputs[name]())).Article!;
        Assert.Equal(encoding, article.Encoding);
        Assert.True(article.WordCount > 10);
        Assert.DoesNotContain('\uFFFD', article.Body);
    }

    [Fact]
    public void CancellationStopsALongDocument()
    {
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();
        var bytes = Inputs["200000-short-lines"]();
        Assert.ThrowsAny<OperationCanceledException>(() => new ArticleCleaner().Clean(new Model.DocumentInput(bytes), cts.Token));
    }

    private static byte[] Arabic(int words) => Encoding.UTF8.GetBytes(new DocumentGenerator(words).Paragraph());

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
}
