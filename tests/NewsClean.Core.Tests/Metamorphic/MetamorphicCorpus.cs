using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsClean.Core.Text;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>
/// The documents the metamorphic suite transforms: the project's own fixtures (Documents/, Golden/NC*/) and, when
/// ../shared is present beside the repository, every text dump of ../shared/corpus/{seed,dev,aggregator}.
/// </summary>
internal static class MetamorphicCorpus
{
    private static readonly string[] SharedSets = { "seed", "dev", "aggregator" };

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> All = new Lazy<IReadOnlyList<CorpusDocument>>(Load);

    public static IReadOnlyList<CorpusDocument> Documents => All.Value;

    /// <summary>The shared corpus folder, or null when the repository was checked out alone.</summary>
    public static string? SharedCorpus()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSCLEAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "corpus")))
        {
            return Path.Combine(fromEnvironment, "corpus");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsClean.sln")))
            {
                var corpus = Path.Combine(dir.FullName, "..", "shared", "corpus");
                return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
            }
        }

        return null;
    }

    private static IReadOnlyList<CorpusDocument> Load()
    {
        var documents = new List<CorpusDocument>();
        var root = AppContext.BaseDirectory;
        var own = Directory.GetFiles(Path.Combine(root, "Documents"), "*.txt")
            .Concat(Directory.GetDirectories(Path.Combine(root, "Golden"), "NC*").SelectMany(d => Directory.GetFiles(d, "*.txt")));
        foreach (var path in own.OrderBy(p => p, StringComparer.Ordinal))
        {
            Add(documents, "fixture/" + Path.GetRelativePath(root, path), path);
        }

        var shared = SharedCorpus();
        if (shared is not null)
        {
            foreach (var set in SharedSets)
            {
                var folder = Path.Combine(shared, set);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
                {
                    Add(documents, set + "/" + Path.GetFileName(path), path);
                }
            }
        }

        return documents;
    }

    private static void Add(List<CorpusDocument> documents, string name, string path)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.IsBinary || string.IsNullOrWhiteSpace(decoded.Content))
        {
            return;
        }

        documents.Add(new CorpusDocument(name, decoded.Content!));
    }
}

/// <summary>One corpus document as decoded text (LF newlines).</summary>
internal sealed class CorpusDocument
{
    public CorpusDocument(string name, string text)
    {
        Name = name;
        Text = text;
    }

    public string Name { get; }

    public string Text { get; }

    public override string ToString() => Name;
}
