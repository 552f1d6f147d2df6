using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsClean.Fuzz;

/// <summary>
/// dotnet NewsClean.Fuzz.dll ci [--seed N] [--keep]           the CI run (what NewsClean.Fuzz.Tests asserts), printed
/// dotnet NewsClean.Fuzz.dll long [--records N] [--seed N]    the long mode of build.ps1 -Task Bench (default 1,000,000 records)
/// dotnet NewsClean.Fuzz.dll generate FOLDER [--seed N]       writes the CI corpus only (to reproduce a failure by hand)
/// dotnet NewsClean.Fuzz.dll scan [--count N] [--seed N]       generated documents straight into the engine, in-process
/// dotnet NewsClean.Fuzz.dll minimise FILE [--html]           shrinks a document the engine throws on to a small reproducer
/// Exit code 0 when every check held, 1 otherwise, 2 for a bad command line.
/// </summary>
public static class Program
{
    public const int DefaultSeed = 20261204;

    public static int Main(string[] args)
    {
        var mode = args.FirstOrDefault() ?? "ci";
        var seed = Option(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        switch (mode)
        {
            case "ci":
                return Fuzz(seed, FuzzScale.Ci, CorpusPlan.Ci, args.Contains("--keep"), compareThreads: true);
            case "long":
                var records = Option(args, "--records") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 1_000_000;
                return Fuzz(seed, FuzzScale.Long, CorpusPlan.ForRecords(records), args.Contains("--keep"), compareThreads: false);
            case "generate" when args.Length >= 2:
                var corpus = FuzzCorpus.Write(args[1], seed, SeedDocuments.Load(CliRun.RepositoryRoot(), maxSharedPerSet: 60, largePages: false), FuzzScale.Ci, CorpusPlan.Ci);
                Console.Error.WriteLine($"{corpus.Documents:N0} documents in {corpus.Folder}");
                return 0;
            case "scan":
                var count = Option(args, "--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 20_000;
                return EngineScan.Run(seed, count, Option(args, "--save") ?? Path.Combine(Path.GetTempPath(), "newsclean-scan"));
            case "minimise" when args.Length >= 2:
                return Minimiser.Run(args[1], args.Contains("--html"));
            default:
                Console.Error.WriteLine("usage: NewsClean.Fuzz ci|long|generate FOLDER|scan|minimise FILE [--html] [--seed N] [--records N] [--keep]");
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Fuzz(int seed, FuzzScale scale, CorpusPlan plan, bool keep, bool compareThreads)
    {
        var folder = Directory.CreateTempSubdirectory("newsclean-fuzz-").FullName;
        try
        {
            var session = CliFuzzSession.Run(folder, seed, scale, plan, KnownCrashes.LoadDefault(), threads: Environment.ProcessorCount, compareThreads: compareThreads);
            if (!compareThreads)
            {
                SlowestDocuments.Print(Path.Combine(folder, "corpus"));
            }

            foreach (var problem in session.Problems)
            {
                Console.Error.WriteLine("PROBLEM: " + problem);
            }

            Console.Error.WriteLine(session.Problems.Count == 0 ? "fuzz: every check held" : $"fuzz: {session.Problems.Count} problems");
            return session.Problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (keep)
            {
                Console.Error.WriteLine("kept " + folder);
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
