using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class DumpReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-dumps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void GoodLinesGiveTheirFieldsAndAMalformedLineInTheMiddleGivesAnErrorWithItsLineNumber()
    {
        var path = Fixture.PathOf("dump-with-bad-line.jsonl");
        var lines = Fixture.Lines("dump-with-bad-line.jsonl");

        var records = DumpReader.ReadFile(path).ToList();

        // Line 2 is blank (skipped), line 3 is cut short; lines 4 and 5 are still read.
        Assert.Equal(new long[] { 1, 3, 4, 5 }, records.Select(r => r.LineNumber));
        var first = records[0];
        using (var expected = JsonDocument.Parse(lines[0]))
        {
            var root = expected.RootElement;
            Assert.False(first.IsError);
            Assert.Equal(path, first.SourcePath);
            Assert.Equal(root.GetProperty("id").GetString(), first.Id);
            Assert.Equal(root.GetProperty("title").GetString(), first.Title);
            Assert.Equal(root.GetProperty("content").GetString(), first.Text);
            Assert.Contains("\n\n", first.Text, StringComparison.Ordinal);
            Assert.Equal(root.GetProperty("date").GetString(), first.Date);
            Assert.Equal(root.GetProperty("source").GetString(), first.Source);
            Assert.Equal(root.GetProperty("url").GetString(), first.Url);
            Assert.False(first.IsHtml);
        }

        var bad = records[1];
        Assert.True(bad.IsError);
        Assert.Equal(3, bad.LineNumber);
        Assert.Equal(path, bad.SourcePath);
        Assert.Contains("string is not closed", bad.RawError, StringComparison.Ordinal);
        Assert.Null(bad.Text);

        using (var expected = JsonDocument.Parse(lines[3]))
        {
            var html = records[2];
            Assert.False(html.IsError);
            Assert.True(html.IsHtml);
            Assert.Equal(expected.RootElement.GetProperty("html").GetString(), html.Text);
            Assert.Equal(expected.RootElement.GetProperty("date_extracted").GetString(), html.Date);
        }

        using (var expected = JsonDocument.Parse(lines[4]))
        {
            // Keys in any case; a nested object with arrays, numbers and literals is skipped.
            var mixedCase = records[3];
            Assert.False(mixedCase.IsError);
            Assert.Equal("rec-004", mixedCase.Id);
            Assert.Equal(expected.RootElement.GetProperty("Title").GetString(), mixedCase.Title);
            Assert.Equal(expected.RootElement.GetProperty("Content").GetString(), mixedCase.Text);
        }
    }

    [Theory]
    [InlineData("{\"id\":1 \"text\":\"a\"}", "expected ',' or '}'")]
    [InlineData("{\"id\":1,}", "expected a property name")]
    [InlineData("{\"text\":\"a\"} trailing", "unexpected data after the object")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("\"just a string\"", "not a JSON object")]
    [InlineData("{\"text\":\"bad \\x escape\"}", "invalid escape")]
    [InlineData("{\"text\":\"\\u12\"}", "four hex digits")]
    [InlineData("{\"meta\":{\"a\":[1,2}}", "expected ',' or ']'")]
    [InlineData("{\"meta\":{\"a\":01}}", "expected a value")]
    [InlineData("{\"meta\":tru}", "expected a value")]
    [InlineData("{\"text\" \"a\"}", "expected ':'")]
    [InlineData("{\"meta\":{\"a\":1}", "the object is not closed")]
    public void AMalformedLineSaysWhatIsWrongAndTheNextLineIsStillRead(string badLine, string reason)
    {
        var dump = "{\"id\":\"before\",\"text\":\"x\"}\n" + badLine + "\n{\"id\":\"after\",\"text\":\"y\"}\n";

        var records = Read(dump);

        Assert.Equal(3, records.Count);
        Assert.Equal("before", records[0].Id);
        Assert.True(records[1].IsError);
        Assert.Equal(2, records[1].LineNumber);
        Assert.Contains(reason, records[1].RawError, StringComparison.Ordinal);
        Assert.Equal("after", records[2].Id);
        Assert.Equal(3, records[2].LineNumber);
    }

    [Fact]
    public void TheFirstNonBlankTextFieldWinsInTheOrderContentTextBodyHtml()
    {
        var records = Read(
            "{\"html\":\"<p>h</p>\",\"body\":\"b\",\"text\":\"t\",\"content\":\"c\"}\n" +
            "{\"html\":\"<p>h</p>\",\"body\":\"b\",\"content\":\"  \"}\n" +
            "{\"html\":\"<p>h</p>\",\"content\":\"\"}\n" +
            "{\"title\":\"no text at all\"}\n" +
            "{\"content\":\"\",\"text\":\" \"}\n");

        Assert.Equal(new[] { "c", "b", "<p>h</p>", null, string.Empty }, records.Select(r => r.Text));
        Assert.Equal(new[] { false, false, true, false, false }, records.Select(r => r.IsHtml));
    }

    [Fact]
    public void ScalarsThatAreNotStringsKeepTheirJsonTextAndObjectsCountAsAbsent()
    {
        var record = Read("{\"id\":12345,\"_id\":\"ignored\",\"title\":{\"x\":1},\"date\":null,\"date_extracted\":\"2025-01-02\",\"source\":true,\"text\":\"x\"}").Single();

        Assert.Equal("12345", record.Id);
        Assert.Null(record.Title);
        Assert.Equal("2025-01-02", record.Date);
        Assert.Equal("true", record.Source);
    }

    [Fact]
    public void EscapesAreDecodedLikeSystemTextJsonDoes()
    {
        var record = Read("{\"text\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9 \\ud83d\\ude00 end\",\"ti\\u0074le\":\"escaped key\"}").Single();

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t A\u00e9 \ud83d\ude00 end", record.Text);
        Assert.Equal("escaped key", record.Title);
    }

    [Fact]
    public void AByteOrderMarkAndCrlfLineEndsAreAccepted()
    {
        var lines = File.ReadAllLines(Fixture.PathOf("dump-with-bad-line.jsonl"));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")).ToArray();
        var path = Path.Combine(_folder, "bom-crlf.jsonl");
        File.WriteAllBytes(path, bytes);

        var withBom = DumpReader.ReadFile(path).ToList();
        var plain = DumpReader.ReadFile(Fixture.PathOf("dump-with-bad-line.jsonl")).ToList();

        Assert.Equal(plain.Select(Describe), withBom.Select(Describe));
        Assert.DoesNotContain(withBom, r => r.Text is not null && r.Text.EndsWith("\r", StringComparison.Ordinal));
    }

    public static IEnumerable<object[]> Utf16Encodings() => new[]
    {
        new object[] { "utf-16le", true },
        new object[] { "utf-16be", true },
        new object[] { "utf-16le", false },
        new object[] { "utf-16be", false },
    };

    /// <summary>Issue 11, item 11: a UTF-16 dump (Windows "Unicode") is read record by record, like the UTF-8 one.</summary>
    [Theory]
    [MemberData(nameof(Utf16Encodings))]
    public void AUtf16Dump_IsReadRecordByRecord_LikeTheUtf8One(string encodingName, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var utf8 = File.ReadAllBytes(Fixture.PathOf("dump-with-bad-line.jsonl"));
        var text = Encoding.UTF8.GetString(utf8);
        var bytes = (byteOrderMark ? encoding.GetPreamble() : Array.Empty<byte>()).Concat(encoding.GetBytes(text)).ToArray();

        var fromUtf16 = DumpReader.Read(new MemoryStream(bytes), "u16.jsonl").ToList();
        var fromUtf8 = DumpReader.Read(new MemoryStream(utf8), "u16.jsonl").ToList();

        Assert.True(fromUtf8.Count > 2);
        Assert.Equal(fromUtf8.Select(Describe), fromUtf16.Select(Describe));
    }

    /// <summary>Issue 11, item 11: files concatenated with cat keep each one's byte order mark at the start of a line.</summary>
    [Fact]
    public void ConcatenatedDumps_AByteOrderMarkAtTheStartOfALine_IsSkipped()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var one = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"text\":\"أ\"}\n");
        var two = Encoding.UTF8.GetBytes("{\"id\":\"2\",\"text\":\"ب\"}\r\n");
        var bytes = bom.Concat(one).Concat(bom).Concat(two).Concat(bom).Concat(one).ToArray();

        var records = DumpReader.Read(new MemoryStream(bytes), "cat.jsonl").ToList();

        Assert.All(records, r => Assert.False(r.IsError, r.RawError));
        Assert.Equal(new[] { "1", "2", "1" }, records.Select(r => r.Id));
    }

    [Fact]
    public void AGzipDumpIsReadLikeThePlainOneWhateverItsName()
    {
        var plainPath = Fixture.PathOf("dump-with-bad-line.jsonl");
        var gzPath = Path.Combine(_folder, "dump.jsonl.gz");
        using (var gz = new GZipStream(File.Create(gzPath), CompressionLevel.Optimal))
        {
            var bytes = File.ReadAllBytes(plainPath);
            gz.Write(bytes, 0, bytes.Length);
        }

        var expected = DumpReader.ReadFile(plainPath).Select(Describe).ToList();

        Assert.Equal(expected, DumpReader.ReadFile(gzPath).Select(Describe));
        Assert.Equal(expected, DumpReader.Read(new TrickleStream(File.ReadAllBytes(gzPath), 7), plainPath).Select(Describe));
    }

    [Fact]
    public void AJsonArrayIsStreamedElementByElementWithTheLineEachStartsOn()
    {
        var dump = "[\n  {\"id\": \"a\",\n   \"text\": \"first\"},\n  {\"id\": \"b\", \"text\": \"second\"}\n  ,{\"id\": \"c\", \"text\": \"third\"}\n]\n";
        var path = Path.Combine(_folder, "array.json");
        File.WriteAllText(path, dump);

        var records = DumpReader.ReadFile(path).ToList();

        Assert.Equal(new[] { "a", "b", "c" }, records.Select(r => r.Id));
        Assert.Equal(new long[] { 2, 4, 5 }, records.Select(r => r.LineNumber));
        Assert.All(records, r => Assert.False(r.IsError));
    }

    [Fact]
    public void ABadArrayElementIsAnErrorAndTheFollowingElementsAreStillRead()
    {
        var dump = "[{\"id\":\"a\",\"text\":\"x\"},\n{\"id\":\"b\",\"text\":tru},\n42,\n{\"id\":\"c\",\"text\":\"z\"}]";

        var records = DumpReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(dump)), "a.json").ToList();

        Assert.Equal(4, records.Count);
        Assert.Equal("a", records[0].Id);
        Assert.True(records[1].IsError);
        Assert.Equal(2, records[1].LineNumber);
        Assert.True(records[2].IsError);
        Assert.Contains("not a JSON object", records[2].RawError, StringComparison.Ordinal);
        Assert.Equal("c", records[3].Id);
    }

    [Fact]
    public void AnArrayCutShortEndsWithAnError()
    {
        var records = DumpReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"text\":\"x\"},{\"id\":\"b\",\"te")), "cut.json").ToList();

        Assert.Equal("a", records[0].Id);
        Assert.True(records[^1].IsError);
        Assert.Contains("ends inside", records[^1].RawError, StringComparison.Ordinal);
    }

    [Fact]
    public void AJsonFileOfObjectsOneAfterAnotherIsReadValueByValue()
    {
        var path = Path.Combine(_folder, "pretty.json");
        File.WriteAllText(path, "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n{\n  \"id\": \"b\",\n  \"text\": \"y\"\n}\n");

        var records = DumpReader.ReadFile(path).ToList();

        Assert.Equal(new[] { "a", "b" }, records.Select(r => r.Id));
        Assert.Equal(new long[] { 1, 5 }, records.Select(r => r.LineNumber));
    }

    [Fact]
    public void AHugeLineIsReadWholeAndTheNextLineFollows()
    {
        // 12 MB of text with escapes throughout: many buffer refills and growths.
        var text = string.Concat(Enumerable.Repeat("line of text \"quoted\"\n", 12 * 1024 * 1024 / 22));
        var dump = JsonSerializer.Serialize(new { id = "huge", text }) + "\n{\"id\":\"next\",\"text\":\"small\"}\n";

        var records = Read(dump);

        Assert.Equal(2, records.Count);
        Assert.Equal(text, records[0].Text);
        Assert.Equal("next", records[1].Id);
        Assert.Equal(2, records[1].LineNumber);
    }

    [Fact]
    public void ALineLongerThanTheLimitIsReportedAndSkippedWithoutBufferingIt()
    {
        var longLine = "{\"text\":\"" + new string('a', 1024 * 1024) + "\"}";
        var dump = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x\"}\n" + longLine + "\n{\"id\":\"c\",\"text\":\"z\"}\n");

        var records = DumpReader.ReadCore(new MemoryStream(dump), "long.jsonl", jsonLines: true, maxRecordBytes: 256 * 1024, CancellationToken.None).ToList();

        Assert.Equal(3, records.Count);
        Assert.True(records[1].IsError);
        Assert.Equal(2, records[1].LineNumber);
        Assert.Contains("records longer than", records[1].RawError, StringComparison.Ordinal);
        Assert.Equal("c", records[2].Id);
        Assert.Equal(3, records[2].LineNumber);
    }

    [Fact]
    public void TheLastLineNeedsNoLineEndAndBlankLinesAreSkippedButCounted()
    {
        var records = Read("\n\n{\"id\":\"a\",\"text\":\"x\"}\n   \n{\"id\":\"b\",\"text\":\"y\"}");

        Assert.Equal(new[] { "a", "b" }, records.Select(r => r.Id));
        Assert.Equal(new long[] { 3, 5 }, records.Select(r => r.LineNumber));
    }

    [Fact]
    public void AStreamThatTricklesInGivesTheSameRecordsAsOneThatDoesNot()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("dump-with-bad-line.jsonl"));

        var whole = DumpReader.Read(new MemoryStream(bytes), null).Select(Describe).ToList();
        foreach (var chunk in new[] { 1, 2, 3, 5, 64 })
        {
            Assert.Equal(whole, DumpReader.Read(new TrickleStream(bytes, chunk), null).Select(Describe));
        }
    }

    [Fact]
    public void ArabicDocumentsRoundTripThroughAJsonlDump()
    {
        var texts = Fixture.Documents().Select(File.ReadAllText).ToList();
        var dump = string.Join("\n", texts.Select((t, i) => JsonSerializer.Serialize(new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), text = t })));

        var records = Read(dump);

        Assert.Equal(texts, records.Select(r => r.Text));
    }

    [Fact]
    public void CancellationStopsTheEnumeration()
    {
        using var cancel = new CancellationTokenSource();
        var dump = string.Concat(Enumerable.Range(0, 100).Select(i => "{\"text\":\"x\"}\n"));
        var read = 0;

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var unused in DumpReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(dump)), null, cancel.Token))
            {
                if (++read == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.Equal(10, read);
    }

    [Theory]
    [InlineData("a.jsonl", true)]
    [InlineData("a.JSONL.GZ", true)]
    [InlineData("a.ndjson", true)]
    [InlineData("a.json", true)]
    [InlineData("a.txt", false)]
    [InlineData("a.html", false)]
    [InlineData("a.gz", false)]
    public void DumpPathsAreKnownByTheirExtension(string path, bool isDump) => Assert.Equal(isDump, DumpReader.IsDumpPath(path));

    private static List<DumpRecord> Read(string dump) =>
        DumpReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(dump)), "test.jsonl").ToList();

    private static string Describe(DumpRecord r) =>
        string.Join("|", r.LineNumber, r.Id, r.Title, r.Text, r.IsHtml, r.Url, r.Date, r.Source, r.RawError);
}
