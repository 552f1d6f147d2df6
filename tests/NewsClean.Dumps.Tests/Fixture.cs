using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsClean.Core;
using NewsClean.Core.Model;

namespace NewsClean.Dumps.Tests;

/// <summary>Fixture files copied beside the tests, and articles cleaned from the Arabic documents among them.</summary>
internal static class Fixture
{
    static Fixture()
    {
        // The engine's regexes time out (and then match nothing) while their first call is being compiled on a busy
        // machine; one throw-away pass first keeps the articles the tests compare the same on every run.
        var cleaner = new ArticleCleaner();
        foreach (var path in Documents())
        {
            cleaner.Clean(new DocumentInput(File.ReadAllBytes(path)));
        }
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string[] Lines(string name) => File.ReadAllText(PathOf(name)).Split('\n');

    /// <summary>The Arabic documents (*.txt), in name order.</summary>
    public static IReadOnlyList<string> Documents() =>
        Directory.GetFiles(Folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>One clean article per document, cleaned from the file (so SourcePath, Encoding and dates are set).</summary>
    public static IReadOnlyList<CleanArticle> Articles()
    {
        var cleaner = new ArticleCleaner();
        return Documents()
            .Select(path => cleaner.Clean(new DocumentInput(File.ReadAllBytes(path)) { SourcePath = path }).Article!)
            .ToArray();
    }
}
