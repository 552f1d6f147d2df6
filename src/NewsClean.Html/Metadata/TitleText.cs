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
                if (last > 0 && IsSiteSegment(text.Substring(last + separator.Length), site))
                {
                    return StripSite(text.Substring(0, last), site, false);
                }

                var first = text.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && IsSiteSegment(text.Substring(0, first), site))
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

    /// <summary>
    /// True when <paramref name="part"/> is the site's name, not merely a text that mentions it ("Why Google beat Apple
    /// at search" is not the site Google): the same words, the same name with a host around it ("www.example.com" and
    /// "Example").
    /// </summary>
    public static bool IsSiteName(string part, string site)
    {
        var x = Key(part);
        var y = Key(site);
        return x.Length > 0 && y.Length > 0 && (x == y || Key(HostName(part)) == Key(HostName(site)));
    }

    /// <summary>
    /// A title segment after (or before) a separator that names the site: <see cref="IsSiteName"/>, or the name with at
    /// most <see cref="MaxSiteNameExtraWords"/> words of its own beside it ("Pluralsight Tech Blog", "Die Welt Online").
    /// </summary>
    public static bool IsSiteSegment(string part, string site)
    {
        if (IsSiteName(part, site))
        {
            return true;
        }

        var x = Key(part);
        var y = Key(site);
        var extra = x.Split(' ').Length - y.Split(' ').Length;
        return y.Length > 0 && extra is > 0 and <= MaxSiteNameExtraWords && (x.StartsWith(y + " ", StringComparison.Ordinal) || x.EndsWith(" " + y, StringComparison.Ordinal));
    }

    /// <summary>Words a site's name may carry beside it in a title segment and still be only the site's name.</summary>
    public const int MaxSiteNameExtraWords = 2;

    /// <summary>True when every word of <paramref name="inner"/> is in <paramref name="outer"/> and outer has more.</summary>
    public static bool Contains(string outer, string inner)
    {
        var o = new HashSet<string>(TextSimilarity.Tokens(outer), StringComparer.Ordinal);
        var i = TextSimilarity.Tokens(inner);
        return i.Count > 0 && o.Count > i.Count && i.All(o.Contains);
    }

    /// <summary>
    /// The JSON-LD headline, or the object's name when only the name is what the page's &lt;title&gt; says (Wikipedia's
    /// headline is a short description such as "Species of bird").
    /// </summary>
    public static string? ByAgreement(string? headline, string? name, string? shownTitle)
    {
        if (headline is null || name is null || shownTitle is null || headline == name)
        {
            return headline ?? name;
        }

        return IsSameHeadline(shownTitle, name) && !IsSameHeadline(shownTitle, headline) ? name : headline;
    }

    // "www.example.com" -> "example"; a text without a dot, or with spaces, is no host and stays ("Apple TV").
    private static string HostName(string text)
    {
        var host = text.Trim();
        if (host.IndexOf(' ') >= 0 || host.IndexOf('.') < 0)
        {
            return host;
        }

        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host.Substring(4);
        }

        var dot = host.LastIndexOf('.');
        return dot > 0 && host.Length - dot - 1 is >= 2 and <= 6 ? host.Substring(0, dot) : host;
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
