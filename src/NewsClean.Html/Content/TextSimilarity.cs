using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsClean.Html.Content;

/// <summary>Word-overlap similarity of two short texts (headline against a heading), as Readability measures it.</summary>
internal static class TextSimilarity
{
    /// <summary>1 minus the share of <paramref name="b"/>'s text (by length) made of words not in <paramref name="a"/>.</summary>
    public static double Similarity(string a, string b)
    {
        var tokensA = Tokens(a);
        var tokensB = Tokens(b);
        if (tokensA.Count == 0 || tokensB.Count == 0)
        {
            return 0;
        }

        var setA = new HashSet<string>(tokensA, StringComparer.Ordinal);
        var uniqueB = tokensB.Where(t => !setA.Contains(t)).ToList();
        var distance = (double)string.Join(" ", uniqueB).Length / string.Join(" ", tokensB).Length;
        return 1 - distance;
    }

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }
}
