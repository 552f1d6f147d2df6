using System;
using System.Text.RegularExpressions;
using NewsClean.Core.Engine;

namespace NewsClean.Core.Text;

/// <summary>Finds signs of double-encoded text and broken decoding that <see cref="MojibakeRepair"/> could not undo.</summary>
public static class MojibakeDetector
{
    /// <summary>UTF-8 Arabic read as Latin-1/Windows-1252: "Ø§" "Ù„" (lead byte D8/D9 shown as Ø/Ù, then a continuation byte).</summary>
    private static readonly Regex Latin = new Regex("[ØÙ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    /// <summary>The same bytes read as Windows-1256: "ط§" "ظ„" (ط/ظ, then a symbol Arabic text never puts right after them).</summary>
    private static readonly Regex Arabic1256 = new Regex("[طظ][\u00A0\u00A2-\u00A9\u00AB-\u00B9\u00BB-\u00BE\u0152\u0153\u0192\u02C6\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    private static readonly char[] SuspectSymbols =
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AC\u00AD\u00AE\u00AF\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B8\u00B9\u00BA\u00BC\u00BD\u00BE\u0152\u0153\u0192\u02C6\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122".ToCharArray();

    private static readonly Regex Replacement = new Regex("\uFFFD+", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    /// <summary>A short sample of the broken text, or null when the text looks sound.</summary>
    public static string? Find(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Both misreadings put symbols right after a lead-byte letter; text without any such symbol is sound.
        var suspect = text.IndexOfAny(SuspectSymbols) >= 0;
        foreach (var pattern in suspect ? new[] { Latin, Arabic1256 } : Array.Empty<Regex>())
        {
            var count = 0;
            Match? first = null;
            try
            {
                for (var m = pattern.Match(text); m.Success && count < 3; m = m.NextMatch())
                {
                    first ??= m;
                    count++;
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }

            if (count >= 3 && first is not null)
            {
                return Sample(text, first.Index);
            }
        }

        if (text.IndexOf('\uFFFD') < 0)
        {
            return null;
        }

        var replacements = 0;
        foreach (Match m in Replacement.Matches(text))
        {
            replacements += m.Length;
            if (m.Length >= 2 || replacements >= 3)
            {
                return Sample(text, m.Index);
            }
        }

        return null;
    }

    private static string Sample(string text, int index)
    {
        var length = Math.Min(16, text.Length - index);
        return text.Substring(index, length);
    }
}
