using System;
using System.Globalization;
using System.Text;

namespace NewsClean.Core.Engine;

/// <summary>Small text helpers shared by the rules.</summary>
internal static class TextTools
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF';

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (!IsWordJoiner(c))
            {
                inWord = false;
            }
        }

        return count;
    }

    /// <summary>
    /// A comparison key: letters and digits only, Arabic letter variants folded (alef forms, yeh, teh marbuta),
    /// diacritics and tatweel dropped. Used to recognise repeats, never to rewrite text.
    /// </summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastSpace = true;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                // Arabic has no case: only Latin and other cased letters need lowering (ICU is slow per char).
                builder.Append(c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : (char.IsUpper(c) ? char.ToLowerInvariant(c) : c));
                lastSpace = false;
            }
            else if (!lastSpace)
            {
                builder.Append(' ');
                lastSpace = true;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The folded first word of a text (leading punctuation skipped), as <see cref="Key"/> would write it.</summary>
    public static string FirstWordKey(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || IsWordJoiner(text[end])))
        {
            end++;
        }

        return Key(text.Substring(start, end - start));
    }

    /// <summary>True when the line ends like a sentence (., !, ?, ؟, or a closing quote after one).</summary>
    public static bool EndsLikeSentence(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '"' || c == '»' || c == '”' || c == ')' || c == '\'' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '،' || c == ':' || c == '؛';
        }

        return false;
    }

    public static bool ContainsArabic(string text)
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

    /// <summary>The text with Eastern Arabic and Persian digits written as Western ones (a digit system is no content).</summary>
    public static string WesternDigits(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var value = text[i] > '9' ? DigitValue(text[i]) : -1;
            if (value >= 0)
            {
                chars ??= text.ToCharArray();
                chars[i] = (char)('0' + value);
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>The text without tatweel and bidi marks, which a scraper may leave inside labels and dates.</summary>
    public static string WithoutTatweelAndBidi(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '\u0640' && c != '\u200E' && c != '\u200F' && c != '\u061C' && c != '\uFEFF' && (c < '\u202A' || c > '\u202E') && (c < '\u2066' || c > '\u2069'))
            {
                builder.Append(c);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    public static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= '\u0660' && c <= '\u0669')
        {
            return c - '\u0660';
        }

        if (c >= '\u06F0' && c <= '\u06F9')
        {
            return c - '\u06F0';
        }

        return -1;
    }

    private static bool IsWordJoiner(char c) =>
        c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char Fold(char c)
    {
        switch (c)
        {
            case 'أ':
            case 'إ':
            case 'آ':
            case 'ٱ':
                return 'ا';
            case 'ى':
            case 'ی':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ک':
                return 'ك';
            case '\u0640':
                return '\0';
            default:
                if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u200B' && c <= '\u200F'))
                {
                    return '\0';
                }

                return c;
        }
    }
}
