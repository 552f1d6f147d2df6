using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Dumps;

namespace NewsClean.Engine.Benchmarks;

/// <summary>
/// <c>generate --out DIR --mb N [N...]</c> writes DIR/dump-Nmb.jsonl corpora;
/// <c>throughput --corpus FILE</c> cleans every record of a dump on one thread and prints MB/s and docs/s;
/// <c>engine</c> runs <see cref="EngineBenchmarks"/> with BenchmarkDotNet; anything else goes to BenchmarkDotNet's
/// switcher (for example <c>--list flat</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            return Generate(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "throughput")
        {
            return Throughput(args.Skip(1).ToArray());
        }

        var config = DefaultConfig.Instance
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.DocumentsPerSecond)
            .WithArtifactsPath(Path.Combine(BenchCorpus.Root, "out", "bench", "BenchmarkDotNet.Artifacts"));
        if (args.Length == 1 && args[0] == "engine")
        {
            // Named, not filtered: a shell (or PowerShell on Unix) would expand a '*' filter against the file system.
            var summary = BenchmarkRunner.Run<EngineBenchmarks>(config);
            return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static int Generate(string[] args)
    {
        string? folder = null;
        var sizes = new List<long>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else if (args[i] == "--mb")
            {
                while (i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var mb))
                {
                    sizes.Add(mb);
                    i++;
                }
            }
            else
            {
                Console.Error.WriteLine($"unknown argument '{args[i]}'");
                return 2;
            }
        }

        if (folder is null || sizes.Count == 0)
        {
            Console.Error.WriteLine("usage: generate --out DIR --mb N [N...]");
            return 2;
        }

        Directory.CreateDirectory(folder);
        foreach (var mb in sizes)
        {
            var path = Path.Combine(folder, $"dump-{mb}mb.jsonl");
            var watch = Stopwatch.StartNew();
            var count = BenchCorpus.WriteDump(path, mb * 1_000_000);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "generated {0}: {1:N0} records, {2:N1} MB in {3:N1} s", path, count, new FileInfo(path).Length / 1e6, watch.Elapsed.TotalSeconds));
        }

        return 0;
    }

    /// <summary>Loads a dump into memory, then cleans every record once on this thread; reading is not timed.</summary>
    private static int Throughput(string[] args)
    {
        if (args.Length != 2 || args[0] != "--corpus")
        {
            Console.Error.WriteLine("usage: throughput --corpus FILE.jsonl");
            return 2;
        }

        var texts = DumpReader.ReadFile(args[1]).Where(r => r.Text is not null).Select(r => r.Text!).ToList();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var cleaner = new ArticleCleaner();

        // Compiles the engine's regexes and lets tiered JIT (with dynamic PGO) reach its optimized code before the
        // clock starts: a few seconds of documents, as a long dump run spends nearly all its time there.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; warmUp.Elapsed.TotalSeconds < 3 && i < texts.Count * 3; i++)
        {
            cleaner.Clean(new DocumentInput(texts[i % texts.Count]));
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long words = 0;
        foreach (var text in texts)
        {
            words += cleaner.Clean(new DocumentInput(text)).Article?.WordCount ?? 0;
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var seconds = watch.Elapsed.TotalSeconds;
        // On a shared machine the wall clock also counts other processes' time slices; CPU time counts only this one's.
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "engine throughput: {0:N1} MB ({1:N0} documents, {2:N0} words kept) on one thread: wall {3:N1} s = {4:N2} MB/s, {5:N0} docs/s; CPU {6:N1} s = {7:N2} MB/s, {8:N0} docs/s per CPU-second; {9:N0} KB allocated/doc",
            bytes / 1e6, texts.Count, words, seconds, bytes / 1e6 / seconds, texts.Count / seconds,
            cpu.TotalSeconds, bytes / 1e6 / cpu.TotalSeconds, texts.Count / cpu.TotalSeconds, allocated / 1024.0 / texts.Count));
        return 0;
    }
}
