using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>
/// The documents the generator mutates: the project's own test fixtures (tests/*/Fixtures), and the raw documents of
/// ../shared/corpus when that folder is present (never copied: read in place, mutated in memory, written to a temp
/// folder). Also the marker phrases of Fixtures/markers.txt.
/// </summary>
public sealed class SeedDocuments
{
    // Raw documents only: gold files, indexes and notes are not input a crawler would store.
    private static readonly string[] DocumentExtensions = { ".txt", ".html", ".htm", ".jsonl", ".json", ".csv" };

    // The sets of ../shared/corpus whose raw documents are mutated (the development halves only); the English pages
    // (about 180 KB each) only in the long mode, where corpus size matters less.
    private static readonly string[] SharedSets = { "seed", "dev", "aggregator", "bad" };
    private static readonly string[] LargePageSets = { "en-scrapinghub" };

    private SeedDocuments(IReadOnlyList<byte[]> text, IReadOnlyList<byte[]> html, IReadOnlyList<string> markers, int sharedCount)
    {
        Text = text;
        Html = html;
        Markers = markers;
        SharedCount = sharedCount;
    }

    /// <summary>Text documents (and dumps, CSV), as stored.</summary>
    public IReadOnlyList<byte[]> Text { get; }

    /// <summary>HTML pages, as stored.</summary>
    public IReadOnlyList<byte[]> Html { get; }

    public IReadOnlyList<string> Markers { get; }

    /// <summary>How many of the seeds came from ../shared/corpus.</summary>
    public int SharedCount { get; }

    /// <summary>Loads the seeds under the repository root; <paramref name="maxSharedPerSet"/> bounds what each shared set adds.</summary>
    public static SeedDocuments Load(string repositoryRoot, int maxSharedPerSet, bool largePages)
    {
        var text = new List<byte[]>();
        var html = new List<byte[]>();
        var fixtures = Directory.EnumerateDirectories(Path.Combine(repositoryRoot, "tests"), "Fixtures", SearchOption.AllDirectories)
            .Where(d => !d.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !d.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !d.Contains("NewsClean.Fuzz", StringComparison.Ordinal));
        foreach (var folder in fixtures.OrderBy(d => d, StringComparer.Ordinal))
        {
            Add(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), text, html, int.MaxValue);
        }

        var shared = 0;
        var corpus = Path.Combine(repositoryRoot, "..", "shared", "corpus");
        if (Directory.Exists(corpus))
        {
            foreach (var set in largePages ? SharedSets.Concat(LargePageSets) : SharedSets)
            {
                var folder = Path.Combine(corpus, set);
                if (Directory.Exists(folder))
                {
                    shared += Add(Directory.EnumerateFiles(folder), text, html, maxSharedPerSet);
                }
            }
        }

        var markers = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "markers.txt"), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        return new SeedDocuments(text, html, markers, shared);
    }

    private static int Add(IEnumerable<string> files, List<byte[]> text, List<byte[]> html, int max)
    {
        var added = 0;
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (added >= max || !DocumentExtensions.Contains(extension) || file.EndsWith(".gold.json", StringComparison.Ordinal)
                || file.EndsWith(".expected.json", StringComparison.Ordinal) || Path.GetFileName(file) == "evaldata.json")
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            (extension.StartsWith(".htm", StringComparison.Ordinal) ? html : text).Add(bytes);
            added++;
        }

        return added;
    }
}
