using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>
/// The generator against the CLI: a corpus in a temp folder, run as a folder with --threads 1 (to a file, -o) and
/// --threads 2 (to stdout), and one dump through standard input; checks both runs' output and that they are identical,
/// and that no input changed. <see cref="Problems"/> lists every broken promise; the InternalErrors are set apart.
/// </summary>
public sealed class CliFuzzSession
{
    private readonly StringBuilder _report = new StringBuilder();

    public List<string> Problems { get; } = new List<string>();

    public OutputCheck? Check { get; private set; }

    public long Documents { get; private set; }

    public string Report => _report.ToString();

    public static CliFuzzSession Run(string workFolder, int seed, FuzzScale scale, CorpusPlan plan, KnownCrashes known, int threads = 2, bool compareThreads = true)
    {
        var session = new CliFuzzSession();
        session.RunCore(workFolder, seed, scale, plan, known, threads, compareThreads);
        return session;
    }

    private void Line(string text)
    {
        _report.AppendLine(text);
        Console.Error.WriteLine(text);
    }

    private void RunCore(string workFolder, int seed, FuzzScale scale, CorpusPlan plan, KnownCrashes known, int threads, bool compareThreads)
    {
        var cli = CliRun.FindCli();
        var root = CliRun.RepositoryRoot();
        var seeds = SeedDocuments.Load(root, maxSharedPerSet: 60, largePages: !compareThreads);
        var corpusFolder = Path.Combine(workFolder, "corpus");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var corpus = FuzzCorpus.Write(corpusFolder, seed, seeds, scale, plan);
        Documents = corpus.Documents;
        var files = Directory.GetFiles(corpusFolder);
        Line($"fuzz seed {seed}: {corpus.Documents:N0} documents in {files.Length:N0} files ({files.Sum(f => new FileInfo(f).Length) / 1e6:N1} MB), "
            + $"{seeds.Text.Count + seeds.Html.Count} seed documents ({seeds.SharedCount} from ../shared), generated in {watch.Elapsed.TotalSeconds:N1} s");
        var before = Hashes(files);

        var outFile = Path.Combine(workFolder, "out-threads1.jsonl");
        var first = CliRun.Start(cli, new[] { "clean", corpusFolder, "--threads", compareThreads ? "1" : threads.ToString(CultureInfo.InvariantCulture), "-o", outFile });
        Line($"newsclean clean FOLDER --threads {(compareThreads ? 1 : threads)} -o FILE: exit {first.ExitCode}, {first.Elapsed.TotalSeconds:N1} s "
            + $"({corpus.Documents / first.Elapsed.TotalSeconds:N0} documents/s), peak RSS {first.PeakBytes / 1e6:N0} MB");
        ExpectExit(first);
        using (var output = File.Exists(outFile) ? File.OpenRead(outFile) : (Stream)new MemoryStream())
        {
            Check = OutputCheck.Run(corpus.Expected, output, first.Stderr, known);
        }
        Problems.AddRange(Check.Problems.Select(p => "threads 1: " + p));

        if (compareThreads)
        {
            var second = CliRun.Start(cli, new[] { "clean", corpusFolder, "--threads", threads.ToString(CultureInfo.InvariantCulture) });
            Line($"newsclean clean FOLDER --threads {threads} (stdout): exit {second.ExitCode}, {second.Elapsed.TotalSeconds:N1} s, peak RSS {second.PeakBytes / 1e6:N0} MB");
            ExpectExit(second);
            var firstOut = File.ReadAllBytes(outFile);
            if (!second.Stdout.AsSpan().SequenceEqual(firstOut))
            {
                Problems.Add($"stdout of --threads {threads} differs from --threads 1 ({second.Stdout.Length:N0} vs {firstOut.Length:N0} bytes)");
            }

            if (!second.Stderr.AsSpan().SequenceEqual(first.Stderr))
            {
                // The "(in Type.Method)" of an InternalError names the innermost frame JIT inlining left, which can differ
                // between runs (issue 11 finding): compared without it, and said so. Everything else must be identical.
                var stderrOne = Encoding.UTF8.GetString(first.Stderr).Split('\n').Select(KnownCrash.WithoutLocation);
                var stderrTwo = Encoding.UTF8.GetString(second.Stderr).Split('\n').Select(KnownCrash.WithoutLocation);
                if (stderrOne.SequenceEqual(stderrTwo))
                {
                    Line("note: stderr of --threads 1 and 2 differ only in where an InternalError was thrown from (JIT inlining)");
                }
                else
                {
                    Problems.Add($"stderr of --threads {threads} differs from --threads 1");
                }
            }

            StandardInputRun(cli, corpus, known);
        }

        var after = Hashes(files);
        foreach (var file in files.Where(f => before[f] != after[f]))
        {
            Problems.Add("input changed by the run: " + file);
        }

        if (Directory.GetFiles(corpusFolder).Length != files.Length)
        {
            Problems.Add("the run left files in the input folder");
        }

        Summarise(Check);
    }

    private void ExpectExit(CliRun run)
    {
        // 1: some documents failed (the corpus always holds some that must); anything else is a broken run
        if (run.ExitCode != 1)
        {
            var stderr = Encoding.UTF8.GetString(run.Stderr);
            Problems.Add($"exit code {run.ExitCode}, expected 1; stderr tail: {stderr.Substring(Math.Max(0, stderr.Length - 2000))}");
        }
    }

    /// <summary>The first JSON Lines dump again, through standard input: same answers, with "-" as the path.</summary>
    private void StandardInputRun(string cli, FuzzCorpus corpus, KnownCrashes known)
    {
        var dump = corpus.Expected.Where(e => e.Line is not null && e.DamagedDumpIds is null && e.Path.EndsWith("-dump.jsonl", StringComparison.Ordinal)).Select(e => e.Path).FirstOrDefault();
        if (dump is null)
        {
            return;
        }

        var expected = corpus.Expected.Where(e => e.Path == dump).Select(e => new ExpectedInput { Path = "-", Line = e.Line, Id = e.Id, Kind = e.Kind, Expectation = e.Expectation }).ToList();
        var run = CliRun.Start(cli, new[] { "clean", "-", "--threads", "2" }, dump);
        Line($"newsclean clean - < DUMP ({expected.Count} records): exit {run.ExitCode}, {run.Elapsed.TotalSeconds:N1} s");
        var check = OutputCheck.Run(expected, run.Stdout, run.Stderr, known);
        Problems.AddRange(check.Problems.Select(p => "stdin: " + p));
        Problems.AddRange(check.InternalErrors.Where(i => i.Known is null).Select(i => "stdin: InternalError " + i.Message));
    }

    private static Dictionary<string, string> Hashes(IEnumerable<string> files) =>
        files.ToDictionary(f => f, f =>
        {
            using var file = File.OpenRead(f);
            return Convert.ToHexString(SHA256.HashData(file));
        }, StringComparer.Ordinal);

    private void Summarise(OutputCheck check)
    {
        var errors = check.ErrorsById.Values.Sum();
        Line($"documents {Documents:N0}; articles {check.Articles:N0}; errors {errors:N0}: "
            + string.Join(", ", check.ErrorsById.Select(p => $"{p.Key} {p.Value:N0}")) + $"; InternalError {check.InternalErrors.Count:N0}; article lines with a lone surrogate escape {check.LoneSurrogateLines:N0}");
        foreach (var group in check.InternalErrors.GroupBy(i => i.Known?.ToString() ?? "NEW: " + i.Message))
        {
            Line($"  InternalError x{group.Count()}: {group.Key} (first: {OutputCheck.Describe(group.First().Input)})");
        }

        foreach (var crash in check.InternalErrors.Where(i => i.Known is null))
        {
            Problems.Add($"InternalError (not a known crash): {OutputCheck.Describe(crash.Input)}: {crash.Message}");
        }
    }
}
