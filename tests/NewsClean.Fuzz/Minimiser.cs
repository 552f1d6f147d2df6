using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Documents;

namespace NewsClean.Fuzz;

/// <summary>
/// Shrinks a document the engine throws on (delta debugging: drop chunks of lines, then of characters, while the same
/// exception is thrown from the same method) and prints the reproducer, \uXXXX-escaped, for KnownCrashes.tsv or a test.
/// </summary>
public static class Minimiser
{
    public static int Run(string path, bool html)
    {
        var bytes = File.ReadAllBytes(path);
        var isHtml = html || DocumentRouter.IsHtml(path, bytes, InputFormat.Auto);
        var text = new UTF8Encoding(false).GetString(bytes);
        var message = InProcessEngine.InternalError(new DocumentInput(text), isHtml);
        if (message is null)
        {
            Console.Error.WriteLine("the engine does not throw on this document (read as UTF-8 text)");
            return 1;
        }

        var small = Shrink(text, isHtml, InProcessEngine.Signature(message));
        Console.WriteLine(InProcessEngine.InternalError(new DocumentInput(small), isHtml));
        Console.WriteLine(KnownCrashes.Escape(small));
        return 0;
    }

    /// <summary>The smallest text found that still throws the exception of <paramref name="signature"/>.</summary>
    public static string Shrink(string text, bool isHtml, string signature)
    {
        bool Throws(string candidate) => InProcessEngine.InternalError(new DocumentInput(candidate), isHtml) is { } m && InProcessEngine.Signature(m) == signature;

        var lines = text.Split('\n').ToList();
        lines = Reduce(lines, l => Throws(string.Join("\n", l)));
        var chars = string.Join("\n", lines).Select(c => c.ToString()).ToList();
        chars = Reduce(chars, c => Throws(string.Concat(c)));
        return string.Concat(chars);
    }

    // ddmin over a list: try removing chunks of halving size while the predicate holds.
    private static List<string> Reduce(List<string> items, Func<List<string>, bool> stillFails)
    {
        for (var chunk = Math.Max(1, items.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < items.Count;)
            {
                var candidate = items.Take(start).Concat(items.Skip(start + chunk)).ToList();
                if (candidate.Count < items.Count && stillFails(candidate))
                {
                    items = candidate;
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return items;
    }
}
