using System;
using System.IO;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Html;

namespace NewsClean.Cli.Tests;

/// <summary>The engine in the test process, warmed up once, for the results the CLI's output is compared with.</summary>
internal static class InProcessEngine
{
    public static readonly ArticleCleaner Cleaner = new ArticleCleaner();

    public static readonly HtmlArticleExtractor Html = new HtmlArticleExtractor();

    static InProcessEngine()
    {
        // The engine's regexes time out (and then match nothing) while their first call is being compiled on a busy
        // machine, as it is while these tests start processes: one throw-away pass over every fixture first.
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures")))
        {
            var input = new DocumentInput(File.ReadAllBytes(path));
            _ = path.EndsWith(".html", StringComparison.Ordinal) ? Html.CleanHtml(input, CleanerOptions.Default) : Cleaner.Clean(input);
        }
    }

    public static CleanArticle Clean(DocumentInput input, bool isHtml = false) =>
        (isHtml ? Html.CleanHtml(input, CleanerOptions.Default) : Cleaner.Clean(input)).Article
        ?? throw new InvalidOperationException("The fixture did not clean.");
}
