using System.IO;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Html;

namespace NewsClean.Cli;

/// <summary>
/// Cleans two small built-in documents (a text dump and a page) once, on one thread, before the real work starts.
/// </summary>
/// <remarks>
/// The engine's regular expressions run with a match timeout (500 ms in Core, 200 ms in the HTML reader) and treat a
/// timeout as "no match". The first match of each compiled expression pays for its JIT compilation inside that
/// timeout; on a loaded machine, or with several workers starting at once, it can run out, and the first documents
/// then come out differently (a related list left in the body). Paying that cost here, on a document whose result is
/// thrown away, keeps every real document's result the same whatever the load. Remove once Core no longer times out
/// during compilation.
/// </remarks>
internal static class EngineWarmUp
{
    public static void Run(ArticleCleaner cleaner, HtmlArticleExtractor html, CleanerOptions options)
    {
        cleaner.Clean(new DocumentInput(Resource("warm-up.txt")));
        html.CleanHtml(new DocumentInput(Resource("warm-up.html")), options);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(EngineWarmUp).Assembly.GetManifestResourceStream("NewsClean.Cli.WarmUp." + name)
            ?? throw new FileNotFoundException("Missing embedded resource.", name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
