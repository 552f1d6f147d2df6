using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>One input the CLI must answer: a file (one document) or a dump record, or a damaged compressed dump.</summary>
public sealed class ExpectedInput
{
    /// <summary>The file, as the CLI reports it (its full path), or "-" for standard input.</summary>
    public required string Path { get; init; }

    /// <summary>The record's line in its dump, or null for a file read as one document.</summary>
    public long? Line { get; init; }

    /// <summary>The record id (an article's SourceId), or null for a file.</summary>
    public string? Id { get; init; }

    public LineExpectation Expectation { get; init; }

    /// <summary>The generator kind (for the counts and reproducers).</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// For a truncated or corrupt gzip dump: the ids it was written with. Some of them come out, in order, then the
    /// damage must be reported as an error for <see cref="Path"/>; nothing else is known in advance.
    /// </summary>
    public IReadOnlyList<string>? DamagedDumpIds { get; init; }
}

/// <summary>How many inputs of each shape a corpus holds.</summary>
public sealed class CorpusPlan
{
    public static readonly CorpusPlan Ci = new CorpusPlan { JsonlDumps = 120, RecordsPerDump = 150, ArrayDumps = 6, GzipDumps = 10, Files = 1_500, HugeInputs = true };

    public int JsonlDumps { get; init; }

    public int RecordsPerDump { get; init; }

    public int ArrayDumps { get; init; }

    public int GzipDumps { get; init; }

    public int Files { get; init; }

    public bool HugeInputs { get; init; }

    /// <summary>Share of dump lines that are damaged (one in this many).</summary>
    public int MalformedOneIn { get; init; } = 12;

    /// <summary>A plan with <paramref name="records"/> dump records in all (the long mode).</summary>
    public static CorpusPlan ForRecords(int records) => new CorpusPlan
    {
        JsonlDumps = Math.Max(1, records / 1000),
        RecordsPerDump = 1000,
        ArrayDumps = 20,
        GzipDumps = 30,
        Files = 3_000,
        HugeInputs = true,
    };
}

/// <summary>
/// Writes a generated corpus into a folder, named so that the CLI's folder order (ordinal) is the generation order,
/// and lists what each input must give, in that order.
/// </summary>
public sealed class FuzzCorpus
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private readonly List<ExpectedInput> _expected = new List<ExpectedInput>();
    private readonly HostileGenerator _generator;
    private readonly RecordLines _lines;
    private readonly FuzzScale _scale;
    private int _fileIndex;
    private long _recordIndex;

    private FuzzCorpus(string folder, HostileGenerator generator, FuzzScale scale)
    {
        Folder = folder;
        _generator = generator;
        _lines = new RecordLines(generator);
        _scale = scale;
    }

    public string Folder { get; }

    public IReadOnlyList<ExpectedInput> Expected => _expected;

    /// <summary>Documents in the corpus: records and files (a damaged dump counts the records written into it).</summary>
    public long Documents => _expected.Sum(e => (long)(e.DamagedDumpIds?.Count ?? 1));

    public static FuzzCorpus Write(string folder, int seed, SeedDocuments seeds, FuzzScale scale, CorpusPlan plan)
    {
        Directory.CreateDirectory(folder);
        var corpus = new FuzzCorpus(Path.GetFullPath(folder), new HostileGenerator(seed, seeds, scale), scale);
        corpus.WriteAll(plan);
        return corpus;
    }

    private void WriteAll(CorpusPlan plan)
    {
        var shapes = new List<Action>();
        for (var i = 0; i < plan.JsonlDumps; i++)
        {
            shapes.Add(() => JsonlDump(plan.RecordsPerDump, plan.MalformedOneIn));
        }

        for (var i = 0; i < plan.ArrayDumps; i++)
        {
            shapes.Add(() => ArrayDump(100));
        }

        for (var i = 0; i < plan.GzipDumps; i++)
        {
            var variant = i % 5;
            shapes.Add(() => GzipDump(100, variant));
        }

        for (var i = 0; i < plan.Files; i++)
        {
            shapes.Add(() => DocumentFile(_generator.Next()));
        }

        shapes.Add(Utf16Dump);
        var random = _generator.Random;
        foreach (var shape in shapes.OrderBy(_ => random.Next()).ToList())
        {
            shape();
        }

        if (plan.HugeInputs)
        {
            foreach (var document in _generator.Huge())
            {
                DocumentFile(document);
            }

            HugeRecordDump();
            GzipBomb();
        }
    }

    private string NextPath(string kind, string extension) =>
        Path.Combine(Folder, "f" + (_fileIndex++).ToString("D6", CultureInfo.InvariantCulture) + "-" + kind + extension);

    private string NextId() => "r" + (_recordIndex++).ToString("D8", CultureInfo.InvariantCulture);

    private void DocumentFile(HostileDocument document)
    {
        var extension = document.IsHtml ? (_generator.Random.Next(4) == 0 ? ".htm" : ".html") : ".txt";
        var path = NextPath(document.Kind, extension);
        File.WriteAllBytes(path, document.Bytes);
        _expected.Add(new ExpectedInput { Path = path, Kind = document.Kind });
    }

    /// <summary>Dump lines (good and damaged) with what each must give; line numbers from 1.</summary>
    private List<(byte[] Line, ExpectedInput Expected)> DumpLines(string path, int records, int malformedOneIn, bool allowMalformed)
    {
        var lines = new List<(byte[], ExpectedInput)>(records);
        for (var i = 0; i < records; i++)
        {
            var id = NextId();
            var document = _generator.Next();
            // The first line stays good: a first line starting with '[' would make the whole file a JSON array.
            if (allowMalformed && i > 0 && _generator.Random.Next(malformedOneIn) == 0)
            {
                var line = _lines.Malformed(id, document, out var kind, out var expectation);
                lines.Add((line, new ExpectedInput { Path = path, Line = i + 1, Id = id, Kind = "jsonl-" + kind, Expectation = expectation }));
            }
            else
            {
                lines.Add((_lines.Good(id, document), new ExpectedInput { Path = path, Line = i + 1, Id = id, Kind = document.Kind }));
            }
        }

        return lines;
    }

    private static byte[] Join(IEnumerable<byte[]> lines, string newline)
    {
        var output = new MemoryStream();
        var separator = Utf8.GetBytes(newline);
        foreach (var line in lines)
        {
            output.Write(line);
            output.Write(separator);
        }

        return output.ToArray();
    }

    private void JsonlDump(int records, int malformedOneIn)
    {
        var path = NextPath("dump", ".jsonl");
        var lines = DumpLines(path, records, malformedOneIn, allowMalformed: true);
        File.WriteAllBytes(path, Join(lines.Select(l => l.Line), _generator.Random.Next(4) == 0 ? "\r\n" : "\n"));
        _expected.AddRange(lines.Select(l => l.Expected));
    }

    private void ArrayDump(int records)
    {
        var path = NextPath("array", ".json");
        var output = new MemoryStream();
        output.Write(Utf8.GetBytes("[\n"));
        for (var i = 0; i < records; i++)
        {
            var id = NextId();
            var document = _generator.Next();
            output.Write(_lines.Good(id, document));
            output.Write(Utf8.GetBytes(i + 1 < records ? ",\n" : "\n"));
            _expected.Add(new ExpectedInput { Path = path, Line = i + 2, Id = id, Kind = "array-" + document.Kind });
        }

        output.Write(Utf8.GetBytes("]\n"));
        File.WriteAllBytes(path, output.ToArray());
    }

    private void Utf16Dump()
    {
        var path = NextPath("utf16", ".jsonl");
        var lines = new List<(byte[] Line, ExpectedInput Expected)>();
        for (var i = 0; i < 100; i++)
        {
            var id = NextId();
            var text = _generator.SeedText();
            var line = new MemoryStream();
            line.Write(Utf8.GetBytes("{\"id\":\"" + id + "\",\"text\":"));
            RecordLines.WriteString(line, text, asciiOnly: false);
            line.WriteByte((byte)'}');
            lines.Add((line.ToArray(), new ExpectedInput { Path = path, Line = i + 1, Id = id, Kind = "utf16-dump" }));
        }

        var utf8 = Utf8.GetString(Join(lines.Select(l => l.Line), "\n"));
        File.WriteAllBytes(path, new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(utf8)).ToArray());
        _expected.AddRange(lines.Select(l => l.Expected));
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>Variants: 0 and 1 whole, 2 two gzip members concatenated, 3 truncated, 4 one byte corrupted.</summary>
    private void GzipDump(int records, int variant)
    {
        var name = variant switch { 2 => "gzip-members", 3 => "gzip-truncated", 4 => "gzip-corrupt", _ => "gzip" };
        var path = NextPath(name, ".jsonl.gz");
        var lines = DumpLines(path, records, 12, allowMalformed: variant < 3);
        var plain = Join(lines.Select(l => l.Line), "\n");
        byte[] bytes;
        switch (variant)
        {
            case 2:
                var half = Join(lines.Take(records / 2).Select(l => l.Line), "\n");
                bytes = Gzip(half).Concat(Gzip(plain.AsSpan(half.Length).ToArray())).ToArray();
                break;
            case 3:
                var whole = Gzip(plain);
                bytes = whole.AsSpan(0, _generator.Random.Next(10, whole.Length - 1)).ToArray();
                break;
            case 4:
                bytes = Gzip(plain);
                // past the 10-byte header, so the stream is still recognised as gzip
                bytes[_generator.Random.Next(10, bytes.Length)] ^= (byte)(1 << _generator.Random.Next(8));
                break;
            default:
                bytes = Gzip(plain);
                break;
        }

        File.WriteAllBytes(path, bytes);
        if (variant >= 3)
        {
            _expected.Add(new ExpectedInput { Path = path, Kind = name, DamagedDumpIds = lines.Select(l => l.Expected.Id!).ToList() });
        }
        else
        {
            _expected.AddRange(lines.Select(l => l.Expected));
        }
    }

    private void HugeRecordDump()
    {
        var path = NextPath("huge-record", ".jsonl");
        var output = new MemoryStream();
        var ids = new List<string>();
        foreach (var document in _generator.Huge().Take(3))
        {
            var id = NextId();
            output.Write(_lines.Good(id, new HostileDocument(document.Kind, document.Bytes, false)));
            output.WriteByte((byte)'\n');
            _expected.Add(new ExpectedInput { Path = path, Line = ids.Count + 1, Id = id, Kind = "record-" + document.Kind });
            ids.Add(id);
        }

        File.WriteAllBytes(path, output.ToArray());
    }

    /// <summary>A few KB that inflate to <see cref="FuzzScale.GzipBombBytes"/>: one record of repeated text, then a blank tail.</summary>
    private void GzipBomb()
    {
        var path = NextPath("gzip-bomb", ".jsonl.gz");
        var id = NextId();
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        {
            gzip.Write(Utf8.GetBytes("{\"id\":\"" + id + "\",\"text\":\""));
            var unit = Utf8.GetBytes(_generator.Marker() + " \\n ");
            var chunk = Enumerable.Range(0, 4096 / unit.Length).SelectMany(_ => unit).ToArray();
            for (long written = 0; written < _scale.GzipBombBytes / 2; written += chunk.Length)
            {
                gzip.Write(chunk);
            }

            gzip.Write(Utf8.GetBytes("\"}\n"));
            var blank = new byte[4096];
            Array.Fill(blank, (byte)' ');
            for (long written = 0; written < _scale.GzipBombBytes / 2; written += blank.Length)
            {
                gzip.Write(blank);
            }
        }

        _expected.Add(new ExpectedInput { Path = path, Line = 1, Id = id, Kind = "gzip-bomb" });
    }
}
