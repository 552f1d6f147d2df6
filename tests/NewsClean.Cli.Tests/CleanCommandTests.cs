using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Dumps;
using NewsClean.Html;
using Xunit;

namespace NewsClean.Cli.Tests;

public sealed class CleanCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ARawDocumentOnStdinGivesOneJsonLineOnStdout()
    {
        var bytes = File.ReadAllBytes(Fixture("library-reopening.txt"));

        var result = CliProcess.Run(bytes, "clean");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var expected = ArticleJsonWriter.Serialize(InProcessEngine.Clean(new DocumentInput(bytes))) + "\n";
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void ADumpOnStdinGivesOneLinePerRecordAndEachBadRecordAnErrorWithItsLine()
    {
        var records = Documents().Select((path, i) => JsonSerializer.Serialize(new { id = "r" + i, text = File.ReadAllText(path), title = (string?)null })).ToList();
        records.Insert(2, "{\"id\":\"broken\",\"text\":\"cut");
        records.Insert(4, "{\"id\":\"empty\",\"text\":\"   \"}");
        records.Insert(5, "{\"id\":\"no-text\",\"title\":\"t\"}");

        var result = CliProcess.Run(Encoding.UTF8.GetBytes(string.Join("\n", records) + "\n"), "clean", "-");

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(Documents().Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var expected = InProcessEngine.Clean(new DocumentInput(File.ReadAllText(Documents()[i])) { SourceId = "r" + i });
            Assert.Equal(ArticleJsonWriter.Serialize(expected), lines[i]);
        }

        var errors = result.ErrorLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(new[] { "MalformedRecord", "EmptyDocument", "EmptyDocument" }, errors.Select(e => e.GetProperty("error").GetString()));
        Assert.Equal(new long[] { 3, 5, 6 }, errors.Select(e => e.GetProperty("line").GetInt64()));
        Assert.All(errors, e => Assert.Equal("-", e.GetProperty("path").GetString()));
    }

    [Fact]
    public void AFolderIsReadRecursivelyInNameOrderWithHtmlPagesThroughTheHtmlReader()
    {
        var result = CliProcess.Run(null, "clean", Fixtures);

        Assert.Equal(0, result.ExitCode);
        var files = Directory.GetFiles(Fixtures).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var lines = result.StdoutLines;
        Assert.Equal(files.Count, lines.Length);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(Expected(files[i]), lines[i]);
        }

        var page = JsonDocument.Parse(lines[files.FindIndex(f => f.EndsWith(".html", StringComparison.Ordinal))]).RootElement;
        Assert.False(string.IsNullOrEmpty(page.GetProperty("Site").GetString()));
        Assert.DoesNotContain("<p>", page.GetProperty("Body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingPathIsAnErrorOnStderrAndTheOtherInputsAreStillCleaned()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var result = CliProcess.Run(null, "clean", Fixture("bus-line.txt"), missing, Fixture("date-harvest.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { Expected(Fixture("bus-line.txt")), Expected(Fixture("date-harvest.txt")) }, result.StdoutLines);
        var error = JsonDocument.Parse(result.ErrorLines.Single()).RootElement;
        Assert.Equal("PathNotFound", error.GetProperty("error").GetString());
        Assert.Equal(missing, error.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("line").ValueKind);
        Assert.Contains("missing.txt", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ABinaryFileIsReportedWithTheEngineErrorId()
    {
        var binary = Path.Combine(_folder, "image.txt");
        File.WriteAllBytes(binary, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0xFF, 0xFE, 0, 0 });

        var result = CliProcess.Run(null, "clean", binary);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("BinaryContent", JsonDocument.Parse(result.ErrorLines.Single()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void OutputGoesToTheFileThroughATemporaryFileAndReplacesAnOldOne()
    {
        var output = Path.Combine(_folder, "articles.jsonl");
        File.WriteAllText(output, "old");

        var result = CliProcess.Run(null, "clean", Fixture("water-plant-wire.txt"), "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Expected(Fixture("water-plant-wire.txt")) + "\n", File.ReadAllText(output));
        Assert.Equal(new[] { output }, Directory.GetFiles(_folder));
    }

    [Fact]
    public void SeveralThreadsWriteTheSameBytesInTheSameOrderAsOne()
    {
        var dump = Path.Combine(_folder, "dump.jsonl");
        var texts = Documents().Select(File.ReadAllText).ToList();
        File.WriteAllLines(dump, Enumerable.Range(0, 240).Select(i => JsonSerializer.Serialize(new { id = "d" + i, text = texts[i % texts.Count], date = "2025-05-" + (1 + i % 28) })));

        var one = CliProcess.Run(null, "clean", dump, "--threads", "1");
        var three = CliProcess.Run(null, "clean", dump, "--threads=3");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(240, one.StdoutLines.Length);
        Assert.Equal(one.StdoutBytes, three.StdoutBytes);
        Assert.Equal(Enumerable.Range(0, 240).Select(i => "d" + i), one.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("SourceId").GetString()));
    }

    [Fact]
    public void AGzipDumpAndAJsonArrayAreRead()
    {
        var texts = Documents().Select(File.ReadAllText).ToList();
        var gz = Path.Combine(_folder, "dump.jsonl.gz");
        using (var stream = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        {
            stream.Write(Encoding.UTF8.GetBytes(string.Join("\n", texts.Select((t, i) => JsonSerializer.Serialize(new { id = "g" + i, content = t })))));
        }

        var array = Path.Combine(_folder, "dump.json");
        File.WriteAllText(array, JsonSerializer.Serialize(texts.Select((t, i) => new { id = "a" + i, body = t }), new JsonSerializerOptions { WriteIndented = true }));

        var result = CliProcess.Run(null, "clean", gz, array);

        Assert.Equal(0, result.ExitCode);
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("SourceId").GetString()).ToList();
        Assert.Equal(texts.Select((_, i) => "g" + i).Concat(texts.Select((_, i) => "a" + i)), ids);
    }

    [Fact]
    public void RecordsGoToTheHtmlReaderAsGetCleanArticleSendsThem()
    {
        var page = File.ReadAllText(Fixture("museum-page.html"));
        var paragraphs = File.ReadAllText(Fixture("bus-line.txt"));
        var fragment = "<p>" + string.Join("</p><p>", paragraphs.Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "</p>";
        var dump = string.Join("\n", new[]
        {
            JsonSerializer.Serialize(new { id = "page-in-content", content = page }),
            JsonSerializer.Serialize(new { id = "fragment-in-html", html = fragment }),
            JsonSerializer.Serialize(new { id = "text-in-html", html = paragraphs }),
        });

        var result = CliProcess.Run(Encoding.UTF8.GetBytes(dump), "clean");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                ArticleJsonWriter.Serialize(InProcessEngine.Clean(new DocumentInput(page) { SourceId = "page-in-content" }, isHtml: true)),
                ArticleJsonWriter.Serialize(InProcessEngine.Clean(new DocumentInput(fragment) { SourceId = "fragment-in-html" }, isHtml: true)),
                ArticleJsonWriter.Serialize(InProcessEngine.Clean(new DocumentInput(paragraphs) { SourceId = "text-in-html" })),
            },
            result.StdoutLines);
    }

    [Fact]
    public void TextFormatWritesTitleAndBodySeparatedByAFormFeedLine()
    {
        var result = CliProcess.Run(null, "clean", "--format", "text", Fixture("bus-line.txt"), Fixture("date-harvest.txt"));

        Assert.Equal(0, result.ExitCode);
        var expected = string.Join(ArticleTextFormatter.ArticleSeparator, new[] { "bus-line.txt", "date-harvest.txt" }
            .Select(name => ArticleTextFormatter.Format(InProcessEngine.Clean(new DocumentInput(File.ReadAllBytes(Fixture(name))) { SourcePath = Fixture(name) }))));
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void ValidateAddsTheOutcomeAndExcludeRuleTurnsARuleOff()
    {
        var result = CliProcess.Run(null, "clean", "--validate", "--exclude-rule", "NC2001", Fixture("marathon-short.txt"), Fixture("library-reopening.txt"));

        Assert.Equal(0, result.ExitCode);
        var articles = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(JsonValueKind.False, articles[0].GetProperty("IsValid").ValueKind);
        Assert.NotEqual(0, articles[0].GetProperty("ValidationIssues").GetArrayLength());
        Assert.DoesNotContain(articles[1].GetProperty("Findings").EnumerateArray(), f => f.GetProperty("RuleId").GetString() == "NC2001");
    }

    [Fact]
    public void InputTextReadsADumpFileAsOneDocument()
    {
        var dump = Path.Combine(_folder, "odd.jsonl");
        File.WriteAllText(dump, JsonSerializer.Serialize(new { text = File.ReadAllText(Fixture("bus-line.txt")) }));

        var asText = CliProcess.Run(null, "clean", "--input", "text", dump);

        Assert.Equal(0, asText.ExitCode);
        var article = JsonDocument.Parse(asText.StdoutLines.Single()).RootElement;
        Assert.Equal(dump, article.GetProperty("SourcePath").GetString());
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async System.Threading.Tasks.Task CtrlCAndSigtermStopWith128PlusTheSignal_AndLeaveNeitherTheOutputNorATemporaryFile(string signal, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is sent with kill(1)
        }

        var dump = Path.Combine(_folder, "big.jsonl");
        var texts = Documents().Select(File.ReadAllText).ToList();
        File.WriteAllLines(dump, Enumerable.Range(0, 5000).Select(i => JsonSerializer.Serialize(new { id = "b" + i, text = texts[i % texts.Count] })));
        var output = Path.Combine(_folder, "articles.jsonl");

        using var process = CliProcess.Start("clean", dump, "-o", output, "--threads", "1");
        var stderr = process.StandardError.ReadToEndAsync();

        // Once its temporary output file exists, it is past parsing the command line and handles Ctrl+C.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.GetFiles(_folder, ".articles.jsonl.*.tmp").Length == 0)
        {
            Assert.False(process.HasExited, "newsclean ended before it could be interrupted");
            Assert.True(DateTime.UtcNow < deadline, "no temporary output file after 60 s");
            await System.Threading.Tasks.Task.Delay(10);
        }

        using (var kill = System.Diagnostics.Process.Start("kill", $"-{signal} {process.Id}"))
        {
            kill!.WaitForExit();
        }

        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(exitCode, process.ExitCode);
        Assert.Equal("Canceled", JsonDocument.Parse((await stderr).Split('\n')[0]).RootElement.GetProperty("error").GetString());
        Assert.Equal(new[] { dump }, Directory.GetFiles(_folder));
    }

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static List<string> Documents() =>
        Directory.GetFiles(Fixtures, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>What the module's objects hold for a file, serialized with the shared writer.</summary>
    private static string Expected(string path)
    {
        var input = new DocumentInput(File.ReadAllBytes(path)) { SourcePath = path };
        return ArticleJsonWriter.Serialize(InProcessEngine.Clean(input, path.EndsWith(".html", StringComparison.Ordinal)));
    }
}

/// <summary>Issue 11: the CLI decodes a page in a code page .NET only knows once registered, as the module does.</summary>
public sealed class CodePageTests : IDisposable
{
    internal const string Sentence = "Правительство объявило о новом плане развития транспорта в регионе на ближайшие годы.";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-cp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static byte[] Windows1251Page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article><h1>Новости транспорта</h1>"
            + string.Concat(Enumerable.Repeat($"<p>{Sentence}</p>", 4)) + "</article></body></html>";
        return Encoding.GetEncoding(1251).GetBytes(html);
    }

    [Fact]
    public void AWindows1251Page_IsDecodedByItsDeclaration()
    {
        var page = Path.Combine(_folder, "cp1251.html");
        File.WriteAllBytes(page, Windows1251Page());

        var result = CliProcess.Run(null, "clean", page);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout.Trim());
        Assert.Contains(Sentence, json.RootElement.GetProperty("Body").GetString(), StringComparison.Ordinal);
        Assert.Equal("windows-1251", json.RootElement.GetProperty("Encoding").GetString());
    }
}

/// <summary>Issue 11, item 4: a broken pipe stops the run at once (141, like Unix tools); a closed stdout is one error line.</summary>
public sealed class StandardOutputTests : IDisposable
{
    private const int Records = 60_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-pipe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Dump()
    {
        var path = Path.Combine(_folder, "big.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, Records).Select(i => $"{{\"id\":\"{i}\",\"text\":\"نص الخبر رقم {i} عن الاقتصاد والسياسة\"}}"));
        return path;
    }

    private static CliResult Shell(string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetBytes(stdout), stderr.Result);
    }

    [Fact]
    public void ABrokenPipe_StopsTheRun_WithExit141_AndNoErrorLine()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // The CLI's status comes out through PIPESTATUS; its stderr through a file.
        var errors = Path.Combine(_folder, "err.txt");
        var result = Shell($"dotnet '{CliProcess.DllPath}' clean '{Dump()}' --threads 1 2>'{errors}' | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"");

        Assert.Equal("141", result.Stdout.Trim());
        Assert.Equal(string.Empty, File.ReadAllText(errors));
    }

    [Fact]
    public void AClosedStandardOutput_IsOneErrorLine_NoStackTrace()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = Shell($"dotnet '{CliProcess.DllPath}' clean '{Dump()}' >&-; echo \"exit=$?\"");

        Assert.Contains("exit=1", result.Stdout, StringComparison.Ordinal);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("\"OutputWriteFailed\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>Issue 11, item 5: folder scans never leave the folder by a link unless asked, and never loop.</summary>
public sealed class SymlinkScanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsclean-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Doc(string title) => $"{title}\n\nهذا نص الخبر عن {title} في المنطقة والعالم.";

    private (string Scanned, string Outside) Layout()
    {
        var scanned = Directory.CreateDirectory(Path.Combine(_root, "scanned")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(scanned, "a.txt"), Doc("خبر داخلي عن المدينة"));
        Directory.CreateDirectory(Path.Combine(scanned, "sub"));
        File.WriteAllText(Path.Combine(scanned, "sub", "b.txt"), Doc("خبر فرعي عن المدينة"));
        File.WriteAllText(Path.Combine(outside, "c.txt"), Doc("خبر خارجي عن المدينة"));
        Directory.CreateSymbolicLink(Path.Combine(scanned, "sub", "loop"), scanned);
        Directory.CreateSymbolicLink(Path.Combine(scanned, "out"), outside);
        File.CreateSymbolicLink(Path.Combine(scanned, "c-link.txt"), Path.Combine(outside, "c.txt"));
        File.CreateSymbolicLink(Path.Combine(scanned, "a-link.txt"), Path.Combine(scanned, "a.txt"));

        // A file link whose path stays in the folder as text but passes through a folder link that leaves it.
        File.CreateSymbolicLink(Path.Combine(scanned, "through-link.txt"), Path.Combine(scanned, "out", "c.txt"));
        return (scanned, outside);
    }

    private static string[] Titles(CliResult result) =>
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Title").GetString()!).ToArray();

    [Fact]
    public void WithoutTheFlag_LinksOutOfTheFolderAndLinkedFoldersAreNotFollowed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (scanned, _) = Layout();
        var result = CliProcess.Run(null, "clean", scanned);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "خبر داخلي عن المدينة", "خبر داخلي عن المدينة", "خبر فرعي عن المدينة" }, Titles(result));
    }

    [Fact]
    public void WithTheFlag_LinksAreFollowed_AndALoopIsScannedOnce()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (scanned, _) = Layout();
        var result = CliProcess.Run(null, "clean", "--follow-symlinks", scanned);

        Assert.Equal(0, result.ExitCode);
        // a.txt, a-link.txt, c-link.txt, through-link.txt, out/c.txt, sub/b.txt; sub/loop (back to the folder) scanned never
        Assert.Equal(
            new[] { "خبر خارجي عن المدينة", "خبر خارجي عن المدينة", "خبر خارجي عن المدينة", "خبر داخلي عن المدينة", "خبر داخلي عن المدينة", "خبر فرعي عن المدينة" },
            Titles(result).OrderBy(t => t, StringComparer.Ordinal));
    }
}

/// <summary>Issue 11, item 1: the document that made the read-also split claim past the end is cleaned, not an InternalError.</summary>
public sealed class EngineCrashRegressionTests
{
    [Fact]
    public void AReadAlsoMarkerWithADeskLineClosingTheDocument_IsAnArticle()
    {
        var result = CliProcess.Run(Encoding.UTF8.GetBytes("إقرأ أيضاأ\nال- خ"), "clean");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("InternalError", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.StdoutLines);
    }
}

/// <summary>Review finding: a redirect to a file keeps the shell's offset (appends and 2&gt;&amp;1 never overwrite).</summary>
public sealed class RedirectToFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-redirect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TwoRunsAppendedToOneFile_KeepBothOutputs_AndErrorsOnTheSameFileDoNotOverwrite()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var doc = Path.Combine(_folder, "a.txt");
        File.WriteAllText(doc, "عنوان الخبر عن المدينة اليوم\n\nهذا نص الخبر عن المدينة والعالم في هذا اليوم.");
        var output = Path.Combine(_folder, "all.jsonl");
        var dll = CliProcess.DllPath;
        var script = $"{{ dotnet '{dll}' clean '{doc}'; dotnet '{dll}' clean '{doc}' '{_folder}/missing.txt'; }} > '{output}' 2>&1; dotnet '{dll}' clean '{doc}' >> '{output}'";
        var start = new System.Diagnostics.ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.WaitForExit();
        }

        var lines = File.ReadAllLines(output);
        Assert.Equal(3, lines.Count(l => l.StartsWith("{\"SourcePath\"", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("\"PathNotFound\"", StringComparison.Ordinal));
    }
}
