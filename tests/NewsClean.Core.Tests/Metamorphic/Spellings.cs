using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>The spellings the suite swaps and writes (Fixtures/metamorphic-spellings.tsv: Arabic stays in fixture files).</summary>
internal static class Spellings
{
    private static readonly Lazy<ILookup<string, string[]>> Table = new Lazy<ILookup<string, string[]>>(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "metamorphic-spellings.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToLookup(parts => parts[0], parts => parts.Skip(1).ToArray()));

    /// <summary>Read-also marker spellings, longest first so a prefix match takes the whole marker.</summary>
    public static IReadOnlyList<string> ReadAlso { get; } = Of("read-also").OrderByDescending(s => s.Length).ToArray();

    public static IReadOnlyList<string> SourceLabels { get; } = Of("source-label");

    public static IReadOnlyList<string> DateLabels { get; } = Of("date-label");

    public static IReadOnlyList<string> RelatedHeadings { get; } = Of("related-heading");

    public static IReadOnlyList<string> Bylines { get; } = Of("byline");

    public static IReadOnlyList<string[]> DeskLines { get; } = Table.Value["desk"].ToArray();

    private static string[] Of(string kind) => Table.Value[kind].Select(p => p[0]).ToArray();
}
