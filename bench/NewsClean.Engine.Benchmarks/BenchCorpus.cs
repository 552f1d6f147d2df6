using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsClean.Engine.Benchmarks;

/// <summary>
/// Documents for the benchmarks, made from the project's own Arabic fixtures (tests/NewsClean.Cli.Tests/Fixtures/*.txt):
/// each generated document keeps its fixture's layout (header, dates, read-also, keywords...) with its body paragraphs
/// reordered, some dropped or repeated, and its years changed, so the engine does the same work on text that differs.
/// Deterministic: document n is always the same.
/// </summary>
internal static class BenchCorpus
{
    private static readonly Lazy<string[]> Fixtures = new Lazy<string[]>(LoadFixtures);

    private static readonly Regex Year = new Regex(@"20\d\d", RegexOptions.CultureInvariant);

    /// <summary>The repository root: NEWSCLEAN_ROOT, or the first folder above this program holding NewsClean.sln.</summary>
    public static string Root
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("NEWSCLEAN_ROOT");
            if (!string.IsNullOrEmpty(root))
            {
                return root;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsClean.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Cannot find NewsClean.sln above " + AppContext.BaseDirectory + "; set NEWSCLEAN_ROOT.");
        }
    }

    public static string Document(long n)
    {
        var fixtures = Fixtures.Value;
        var random = new Random((int)(n * 7919 % int.MaxValue));
        var lines = fixtures[n % fixtures.Length].Split('\n');

        // Body paragraphs: the long lines. Shuffle their order among their own slots; drop or repeat a few.
        var slots = Enumerable.Range(0, lines.Length).Where(i => CountWords(lines[i]) >= 12).ToList();
        var paragraphs = slots.Select(i => lines[i]).OrderBy(_ => random.Next()).ToList();
        if (paragraphs.Count > 2 && random.Next(3) == 0)
        {
            paragraphs[random.Next(paragraphs.Count)] = paragraphs[random.Next(paragraphs.Count)];
        }

        for (var k = 0; k < slots.Count; k++)
        {
            lines[slots[k]] = paragraphs[k];
        }

        var year = (2010 + (n % 16)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Year.Replace(string.Join("\n", lines), year);
    }

    /// <summary>Documents 0, 1, 2, ... until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    public static List<string> Documents(long bytes)
    {
        var documents = new List<string>();
        long total = 0;
        for (long n = 0; total < bytes; n++)
        {
            var document = Document(n);
            documents.Add(document);
            total += Encoding.UTF8.GetByteCount(document);
        }

        return documents;
    }

    /// <summary>A JSONL dump of about <paramref name="bytes"/> bytes: one record per document, with an id, a date and the text.</summary>
    public static long WriteDump(string path, long bytes)
    {
        var utf8 = new UTF8Encoding(false);
        using var writer = new StreamWriter(path, false, utf8, 1 << 20) { NewLine = "\n" };
        long n = 0;
        long written = 0;
        var builder = new StringBuilder(8192);
        while (written < bytes)
        {
            builder.Clear();
            builder.Append("{\"id\":\"bench-").Append(n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).Append("\",\"date_extracted\":\"2025-03-")
                .Append((1 + n % 28).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append("\",\"content\":");
            NewsClean.Dumps.JsonText.AppendString(builder, Document(n)).Append('}');
            var line = builder.ToString();
            writer.WriteLine(line);
            written += utf8.GetByteCount(line) + 1;
            n++;
        }

        return n;
    }

    private static int CountWords(string line) => line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string[] LoadFixtures()
    {
        var folder = Path.Combine(Root, "tests", "NewsClean.Cli.Tests", "Fixtures");
        var files = Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException("No fixture documents in " + folder);
        }

        return files.Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal)).ToArray();
    }
}
