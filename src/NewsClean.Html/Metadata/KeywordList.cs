using System.Collections.Generic;

namespace NewsClean.Html.Metadata;

/// <summary>Splits a keywords value ("a, b، c; d") into its items.</summary>
internal static class KeywordList
{
    private static readonly char[] Separators = { ',', '،', ';', '؛', '\n', '|' };

    public static IEnumerable<string> Split(string value)
    {
        foreach (var part in value.Split(Separators))
        {
            var item = part.Trim().Trim('#').Trim();
            if (item.Length > 0 && item.Length <= 100)
            {
                yield return item;
            }
        }
    }
}
