using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsClean.Core;
using NewsClean.Html;

namespace NewsClean.Benchmarks;

/// <summary>
/// HTML-side driver.
/// <c>score DIR OUT.json</c> cleans every *.html in DIR and writes what eval/score.py reads;
/// <c>bench DIR... [--pages N] [--min-kb 30] [--max-kb 300]</c> measures pages per second and peak memory on one thread;
/// <c>profile DIR...</c> splits the time between decoding, parsing, extraction and the text engine;
/// <c>show FILE</c> prints what the extractor read from one page;
/// <c>expected FILE</c> prints every field of a page in the HTML tests' fixture format, for review before it is saved.
/// </summary>
public static class Program
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "score")
        {
            return Score(args[1], args[2]);
        }

        if (args.Length >= 2 && args[0] == "bench")
        {
            return Bench(args.Skip(1).ToArray());
        }

        if (args.Length >= 2 && args[0] == "profile")
        {
            return Profile(args.Skip(1).ToArray());
        }

        if (args.Length >= 2 && args[0] == "expected")
        {
            return Expected(args[1]);
        }

        if (args.Length >= 2 && args[0] == "show")
        {
            return Show(args[1]);
        }

        Console.Error.WriteLine("usage: score DIR OUT.json | bench DIR... [--pages N] [--min-kb 30] [--max-kb 300] | profile DIR... | show FILE | expected FILE");
        return 2;
    }

    private static int Score(string folder, string output)
    {
        var extractor = new HtmlArticleExtractor();
        var articles = new List<Dictionary<string, object?>>();
        foreach (var path in Directory.GetFiles(folder, "*.html").OrderBy(p => p, StringComparer.Ordinal))
        {
            var result = extractor.CleanHtml(File.ReadAllBytes(path), path, CleanerOptions.Default);
            if (result.Article is not { } a)
            {
                Console.Error.WriteLine($"{Path.GetFileName(path)}: {result.Error}");
                continue;
            }

            articles.Add(new Dictionary<string, object?>
            {
                ["SourcePath"] = path,
                ["Title"] = a.Title,
                ["Body"] = a.Body,
                ["PublishedAt"] = a.PublishedAt?.ToString("o", CultureInfo.InvariantCulture),
                ["ModifiedAt"] = a.ModifiedAt?.ToString("o", CultureInfo.InvariantCulture),
                ["Site"] = a.Site,
                ["Source"] = a.Source,
                ["Byline"] = a.Byline,
                ["Keywords"] = a.Keywords,
                ["RelatedTitles"] = a.RelatedTitles,
                ["EmbeddedArticles"] = a.EmbeddedArticles.Select(e => new Dictionary<string, object?> { ["Title"] = e.Title, ["Body"] = e.Body }).ToList(),
            });
        }

        File.WriteAllText(output, JsonSerializer.Serialize(articles, Json));
        Console.WriteLine($"{articles.Count} articles -> {output}");
        return 0;
    }

    private static int Show(string path)
    {
        var extractor = new HtmlArticleExtractor();
        var bytes = File.ReadAllBytes(path);
        var extraction = extractor.Extract(bytes);
        var m = extraction.Metadata;
        Console.WriteLine($"encoding={extraction.Encoding} declared={extraction.DeclaredCharset} fallback={extraction.UsedFallback} mojibake={extraction.MojibakeRepair}");
        Console.WriteLine($"title={m.Title}\nsite={m.Site}\npublished={m.PublishedAt:o}\nmodified={m.ModifiedAt:o}\nbyline={m.Byline}\nurl={m.Url}\nlang={m.Language}\nkeywords={string.Join(" | ", m.Keywords)}");
        foreach (var block in extraction.Blocks)
        {
            Console.WriteLine($"[{block.Kind} @{block.Start}] {block.Text}");
        }

        var result = extractor.CleanHtml(bytes, path, CleanerOptions.Default);
        if (result.Article is { } a)
        {
            Console.WriteLine("---- article");
            Console.WriteLine($"title={a.Title}\nsite={a.Site}\npublished={a.PublishedAt:o}\nsource={a.Source}\nbyline={a.Byline}\nkeywords={string.Join(" | ", a.Keywords)}\nrelated={string.Join(" | ", a.RelatedTitles)}");
            foreach (var p in a.Paragraphs)
            {
                Console.WriteLine("  | " + p);
            }

            foreach (var f in a.Findings)
            {
                Console.WriteLine($"  {f.RuleId} @{f.Start}+{f.Length} L{f.StartLine}: {Short(f.Text)}");
            }
        }
        else
        {
            Console.WriteLine(result.Error);
        }

        return 0;
    }

    /// <summary>Prints every field of what a page gives, in the fixture format of the HTML tests (for review before it is saved).</summary>
    private static int Expected(string path)
    {
        var extractor = new HtmlArticleExtractor();
        var bytes = File.ReadAllBytes(path);
        var extraction = extractor.Extract(bytes);
        var result = extractor.CleanHtml(bytes, path, CleanerOptions.Default);
        var a = result.Article!;
        var expected = new Dictionary<string, object?>
        {
            ["encoding"] = a.Encoding,
            ["declaredCharset"] = extraction.DeclaredCharset,
            ["language"] = extraction.Metadata.Language,
            ["url"] = a.Url,
            ["title"] = a.Title,
            ["site"] = a.Site,
            ["publishedAt"] = a.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["modifiedAt"] = a.ModifiedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["byline"] = a.Byline,
            ["source"] = a.Source,
            ["keywords"] = a.Keywords,
            ["relatedTitles"] = a.RelatedTitles,
            ["embeddedArticles"] = a.EmbeddedArticles.Select(e => e.Title).ToList(),
            ["findings"] = a.Findings.Select(f => f.RuleId).ToList(),
            ["blocks"] = extraction.Blocks.Select(b => b.Kind + ": " + b.Text).ToList(),
            ["paragraphs"] = a.Paragraphs,
        };
        Console.WriteLine(JsonSerializer.Serialize(expected, Json));
        return 0;
    }

    private static string Short(string text) => text.Length > 100 ? text.Substring(0, 100) + "…" : text;

    /// <summary>Where the time goes: decoding, parsing alone, extraction (parse + metadata + content), cleaning.</summary>
    private static int Profile(string[] folders)
    {
        var pages = folders.SelectMany(f => Directory.GetFiles(f, "*.html")).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var extractor = new HtmlArticleExtractor();
        var texts = pages.Select(p => NewsClean.Core.Text.TextDecoder.Decode(p).Content ?? string.Empty).ToList();
        var cleaner = new ArticleCleaner();
        var contents = pages.Select(p => extractor.Extract(p).ContentText).ToList();
        for (var round = 0; round < 3; round++)
        {
            var w = Stopwatch.StartNew();
            foreach (var p in pages)
            {
                NewsClean.Core.Text.TextDecoder.Decode(p);
            }

            var decode = w.Elapsed.TotalMilliseconds;
            w.Restart();
            foreach (var t in texts)
            {
                new HtmlAgilityPack.HtmlDocument { OptionUseIdAttribute = false, OptionCheckSyntax = false }.LoadHtml(t);
            }

            var parse = w.Elapsed.TotalMilliseconds;
            w.Restart();
            foreach (var p in pages)
            {
                extractor.Extract(p);
            }

            var extract = w.Elapsed.TotalMilliseconds;
            w.Restart();
            foreach (var c in contents)
            {
                if (c.Length > 0)
                {
                    cleaner.Clean(c);
                }
            }

            var clean = w.Elapsed.TotalMilliseconds;
            Console.WriteLine(FormattableString.Invariant($"{pages.Count} pages: decode {decode / pages.Count:F2} ms, parse {parse / pages.Count:F2} ms, extract {extract / pages.Count:F2} ms (incl. decode+parse), text engine {clean / pages.Count:F2} ms per page"));
        }

        return 0;
    }

    private static int Bench(string[] args)
    {
        var folders = new List<string>();
        int pages = 400, minKb = 30, maxKb = 300;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pages":
                    pages = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--min-kb":
                    minKb = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--max-kb":
                    maxKb = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        var corpus = folders
            .SelectMany(f => Directory.GetFiles(f, "*.html"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Where(b => b.Length >= minKb * 1024 && b.Length <= maxKb * 1024)
            .ToList();
        if (corpus.Count == 0)
        {
            Console.Error.WriteLine("no pages in the size range");
            return 1;
        }

        var extractor = new HtmlArticleExtractor();
        var options = CleanerOptions.Default;

        // Warm-up: two passes, so the JIT has compiled the hot paths at full optimisation (tiered compilation).
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var page in corpus)
            {
                extractor.CleanHtml(page, null, options);
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        var failures = 0;
        for (var i = 0; i < pages; i++)
        {
            var page = corpus[i % corpus.Count];
            bytes += page.Length;
            if (!extractor.CleanHtml(page, null, options).IsSuccess)
            {
                failures++;
            }
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{0} pages ({1} distinct, {2:F0} KB mean, {3}-{4} KB) in {5:F2} s on one thread: {6:F0} pages/s, {7:F1} MB/s; CPU {8:F2} s ({15:F0} pages per CPU-second); " +
            "allocated {9:F0} KB/page; peak working set {10:F0} MB; failures {11}; GCs gen0/1/2 {12}/{13}/{14}",
            pages, corpus.Count, corpus.Average(b => b.Length) / 1024.0, minKb, maxKb, seconds, pages / seconds, bytes / seconds / (1024 * 1024),
            cpu.TotalSeconds, allocated / 1024.0 / pages, process.PeakWorkingSet64 / (1024.0 * 1024), failures,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, pages / cpu.TotalSeconds));
        return 0;
    }
}
