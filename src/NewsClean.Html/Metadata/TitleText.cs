using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Html.Content;

namespace NewsClean.Html.Metadata;

/// <summary>Headline text helpers: the site name taken off a &lt;title&gt; or og:title, and whether two titles are the same headline.</summary>
internal static class TitleText
{
    private static readonly string[] Separators = { " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " / ", " · ", " • ", " ـ ", "|" };

    /// <summary>Removes a leading or trailing site name ("Headline | Site", "Site - Headline") when the site is known or the part is short.</summary>
    public static string StripSite(string title, string? site, bool generic)
    {
        var text = title.Trim();
        if (site is not null && site.Trim().Length > 0)
        {
            foreach (var separator in Separators)
            {
                var last = text.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && SameName(text.Substring(last + separator.Length), site))
                {
                    return StripSite(text.Substring(0, last), site, false);
                }

                var first = text.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && SameName(text.Substring(0, first), site))
                {
                    return StripSite(text.Substring(first + separator.Length), site, false);
                }
            }
        }

        if (!generic)
        {
            return text;
        }

        // Readability's rule for an unknown site: keep what is before the last separator, unless that is under three words.
        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last <= 0)
            {
                continue;
            }

            var before = text.Substring(0, last).Trim();
            var after = text.Substring(last + separator.Length).Trim();
            if (WordCount(after) > 5)
            {
                continue;
            }

            if (WordCount(before) >= 3)
            {
                return before;
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            var rest = text.Substring(first + separator.Length).Trim();
            if (WordCount(rest) >= 3)
            {
                return rest;
            }
        }

        return text;
    }

    /// <summary>A trailing or leading short part of a &lt;title&gt; that names the site ("... | Site").</summary>
    public static string? SiteFromTitle(string title)
    {
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var after = title.Substring(last + separator.Length).Trim();
                if (after.Length > 1 && WordCount(after) <= 4 && WordCount(title.Substring(0, last)) >= 3)
                {
                    return after;
                }
            }
        }

        return null;
    }

    public static bool SameName(string a, string b)
    {
        var x = Key(a);
        var y = Key(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return x == y || (y.Length >= 3 && x.Contains(y)) || (x.Length >= 3 && y.Contains(x) && x.Length * 2 >= y.Length);
    }

    /// <summary>True when <paramref name="heading"/> is the headline <paramref name="reference"/> names (allowing a kicker or suffix on either side).</summary>
    public static bool IsSameHeadline(string reference, string heading)
    {
        var r = TextSimilarity.Tokens(reference);
        var h = TextSimilarity.Tokens(heading);
        if (r.Count == 0 || h.Count == 0)
        {
            return false;
        }

        var rs = new HashSet<string>(r, StringComparer.Ordinal);
        var hs = new HashSet<string>(h, StringComparer.Ordinal);
        var common = hs.Count(rs.Contains);
        return common >= 0.8 * hs.Count && common >= 0.6 * rs.Count;
    }

    public static int WordCount(string text) => TextSimilarity.Tokens(text).Count;

    private static string Key(string text) => string.Join(" ", TextSimilarity.Tokens(text));
}
