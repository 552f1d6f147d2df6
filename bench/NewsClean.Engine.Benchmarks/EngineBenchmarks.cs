using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Dumps;

namespace NewsClean.Engine.Benchmarks;

/// <summary>
/// One operation = one pass over a fixed slice of generated documents (about 1 MB of text) on one thread. The MB/s and
/// docs/s columns divide the slice by the mean time of an operation.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    /// <summary>UTF-8 bytes of text in one operation's slice.</summary>
    public const long SliceBytes = 1 << 20;

    private readonly ArticleCleaner _cleaner = new ArticleCleaner();
    private List<string> _texts = new List<string>();
    private List<byte[]> _files = new List<byte[]>();
    private List<CleanArticle> _articles = new List<CleanArticle>();
    private byte[] _dump = System.Array.Empty<byte>();

    /// <summary>What one operation of each benchmark reads (bytes, documents); the columns use it.</summary>
    public static (long Bytes, int Documents) Work(string benchmark)
    {
        var texts = BenchCorpus.Documents(SliceBytes);
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        return benchmark switch
        {
            nameof(ReadJsonlDump) => (Dump(texts).LongLength, texts.Count),
            _ => (bytes, texts.Count),
        };
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchCorpus.Documents(SliceBytes);
        _files = _texts.Select(t => Encoding.UTF8.GetBytes(t)).ToList();
        _dump = Dump(_texts);

        // Cleaned once here so the writer benchmark measures writing only; this also compiles the engine's regexes.
        _articles = _texts.Select(t => _cleaner.Clean(t).Article!).ToList();
    }

    /// <summary>Text dump records: the engine alone, from strings.</summary>
    [Benchmark(Baseline = true)]
    public int CleanTextDocuments()
    {
        var words = 0;
        foreach (var text in _texts)
        {
            words += _cleaner.Clean(new DocumentInput(text)).Article?.WordCount ?? 0;
        }

        return words;
    }

    /// <summary>Text files: the engine with byte decoding (encoding detection, Windows-1256 fallback).</summary>
    [Benchmark]
    public int CleanTextFiles()
    {
        var words = 0;
        foreach (var file in _files)
        {
            words += _cleaner.Clean(new DocumentInput(file)).Article?.WordCount ?? 0;
        }

        return words;
    }

    /// <summary>The JSONL reader over the same documents as a dump (bytes in memory).</summary>
    [Benchmark]
    public int ReadJsonlDump()
    {
        var count = 0;
        foreach (var record in DumpReader.Read(new MemoryStream(_dump, writable: false), null))
        {
            count += record.Text!.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The JSON Lines writer over the articles cleaned from the slice.</summary>
    [Benchmark]
    public long WriteJsonLines()
    {
        using var sink = new CountingStream();
        using (var writer = new ArticleJsonWriter(sink, leaveOpen: true))
        {
            foreach (var article in _articles)
            {
                writer.Write(article);
            }
        }

        return sink.Length;
    }

    private static byte[] Dump(List<string> texts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            builder.Append("{\"id\":\"").Append(i).Append("\",\"content\":");
            JsonText.AppendString(builder, texts[i]).Append("}\n");
        }

        return new UTF8Encoding(false).GetBytes(builder.ToString());
    }
}
