using System;
using System.Text.RegularExpressions;
using NewsClean.Core.Text;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Whether a credit read from a page looks like a byline — names of people or a desk — and the names alone: the credit
/// word before them ("By", "Von", "Par") and a date, link, handle or separator after them go; markup, e-mail addresses, host names,
/// counters and durations, and texts made only of interface words ("Posted on", "Published by", "No Author",
/// "Trackback URL", "Reuse content") are no byline at all.
/// </summary>
internal static class BylineText
{
    /// <summary>Longer than this, a "byline" is a sentence or a box of text, not a credit.</summary>
    public const int MaxLength = 120;

    /// <summary>A credit is at least this many letters (initials "LD", "kj" pass; a lone letter does not).</summary>
    public const int MinLetters = 2;

    private const string CreditWords =
        @"(?:written|posted|published|artikel|article|text|beitrag)\s+(?:by|von)|author|autor|autorin|by|von|vom|par|por|door|av|af|od|przez|tarafından";

    private static readonly Regex CreditWord = new Regex(
        @"^(?:" + CreditWords + @")\s*[:：\-–—]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    // What follows the names, cut in turn: a link; a separator with a date, time or count after it ("- January 10, 2020",
    // "· 4 min"); a date after a comma or space ("22. Februar 2020", ", 07 Dezember, 2022", "am 26/10/13"); a dangling
    // preposition, bracket or separator.
    private static readonly Regex[] Trailers =
    {
        new Regex(@"\s*[\-–—|·(]?\s*(?:https?://|www\.)\S*.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeout),
        new Regex(@"\s+[\-–—|·]\s+.*\d.*$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout),
        new Regex(@"(?:,|\s)\s*(?:(?:am|on|le|el|il|op|den|vom|du)\s+)?(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}[./]\s*\d{1,2}[./]\s*\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeout),
        // lower case only: a dangling "am", "on" is a preposition; "Thanh Le", "Mohamed El" end in a name
        new Regex(@"(?:\s+(?:am|on|at|vom|um))+\s*$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout),
        new Regex(@"[\s,;:\-–—|·(\[]+$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout),
    };

    // Whole interface texts, not a bag of words ("The Conversation" is an outlet; "Join the conversation" is a button).
    private static readonly Regex InterfaceOnly = new Regex(
        @"^(?:(?:posted|published|written|updated)(?:\s+(?:by|on|in|at|am|von))?|no\s+author|trackback(?:\s+url)?|reuse\s+(?:this\s+)?content|fail(?:ed)?|join\s+the\s+(?:conversation|discussion)"
        + @"|(?:view|read|share|print|e-?mail|follow|subscribe|comments?|kommentare?|admin|administrator|author|autor|autorin|unknown|anonymous|guest|user|member|profile|artikel(?:\s+von)?|article|" + CreditWords + @")(?:\s+(?:more|all|us|this|profile|posts))?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    // A counter or a duration: "01:30 Min.", "1.234 views", "5 min read".
    private static readonly Regex Counter = new Regex(
        @"^\W*\d[\d.,:\s]*(?:[^\W\d_]{0,8}\.?\s*){0,2}$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    private static readonly Regex Email = new Regex(@"\S@\S+\.\w", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    // A social handle beside the name ("Jane Roe @janeroe"): the name stays.
    private static readonly Regex Handle = new Regex(@"(?:^|\s)@\w+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    // "example.com", "blog.example.org": a host, not a person (a blog's host name given as its author).
    private static readonly Regex Host = new Regex(
        @"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeout);

    /// <summary>The names in <paramref name="credit"/>, or null when it does not look like a byline.</summary>
    public static string? Clean(string? credit)
    {
        if (credit is null)
        {
            return null;
        }

        var text = Spaces.Replace(credit, " ").Trim().TrimStart('|', '·', '-', '–', '—', ':', ',', ' ');
        if (text.Length == 0 || text.Length > MaxLength * 2 || text.IndexOf('<') >= 0 || text.IndexOf('>') >= 0
            || Email.IsMatch(text) || text.IndexOf("[at]", StringComparison.OrdinalIgnoreCase) >= 0 || Host.IsMatch(text))
        {
            return null;
        }

        text = Handle.Replace(text, string.Empty).Trim();

        // An Arabic-script credit stands as the page writes it ("كتب: ...", "الرياض - واس"): the corpus policy keeps the
        // byline line whole. Elsewhere the names alone, as Readability and trafilatura give them.
        if (!IsArabicScript(text))
        {
            text = CreditWord.Replace(text, string.Empty).Trim();
            foreach (var trailer in Trailers)
            {
                text = trailer.Replace(text, string.Empty).Trim();
            }
        }

        if (text.Length == 0 || text.Length > MaxLength || InterfaceOnly.IsMatch(text) || Counter.IsMatch(text) || Letters(text) < MinLetters)
        {
            return null;
        }

        return text;
    }

    private static bool IsArabicScript(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0600' && c <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }

    private static int Letters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }
}
