using System;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsClean.Core.Engine;

/// <summary>
/// Builds regular expressions from Arabic phrases so that every spelling variant scraped text uses matches:
/// alef with or without hamza/madda, yeh and alef maqsura, teh marbuta and heh, optional diacritics,
/// tanwin and tatweel between letters, any run of spaces between words.
/// </summary>
internal static class ArabicPattern
{
    public static readonly TimeSpan Timeout = Text.RegexLimits.MatchTimeout;

    private const string Marks = "[\u0640\u064B-\u0652\u0670]{0,3}";

    /// <summary>The regex source for one phrase (no anchors).</summary>
    public static string Phrase(string phrase)
    {
        var builder = new StringBuilder();
        foreach (var c in phrase)
        {
            switch (c)
            {
                case 'ا':
                case 'أ':
                case 'إ':
                case 'آ':
                    builder.Append("[اأإآ]");
                    break;
                case 'ي':
                case 'ى':
                    builder.Append("[يىی]");
                    break;
                case 'ة':
                case 'ه':
                    builder.Append("[ةه]");
                    break;
                case 'ك':
                    builder.Append("[كک]");
                    break;
                case ' ':
                    builder.Append("\\s{1,4}");
                    continue;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }

            if (c >= '\u0621' && c <= '\u064A')
            {
                builder.Append(Marks);
            }
        }

        return builder.ToString();
    }

    /// <summary>An alternation of phrases, longest first so the longest spelling wins.</summary>
    public static string AnyOf(params string[] phrases)
    {
        var sorted = (string[])phrases.Clone();
        Array.Sort(sorted, (a, b) => b.Length.CompareTo(a.Length));
        var parts = new string[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            parts[i] = Phrase(sorted[i]);
        }

        return "(?:" + string.Join("|", parts) + ")";
    }

    public static Regex Compile(string pattern) =>
        new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>Match that treats a regex timeout as no match: the content is odd, not the engine broken.</summary>
    public static Match SafeMatch(this Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }
}
