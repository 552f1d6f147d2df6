using System;
using System.Collections.Generic;
using System.Text;
using HtmlAgilityPack;

namespace NewsClean.Html.Dom;

/// <summary>Character references and white space of raw HTML text.</summary>
internal static class HtmlText
{
    private static readonly IDictionary<string, int> Entities = BuildEntities();

    // Windows-1252 characters for numeric references &#128;..&#159; (what browsers do).
    private const string C1Replacements =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static bool IsSpace(char c) =>
        c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';

    /// <summary>
    /// The text with every run of space characters (as <paramref name="isSpace"/> says) made one space, and none at
    /// either end.
    /// </summary>
    public static string CollapseSpace(string text, Func<char, bool> isSpace)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (isSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Decodes the character reference at <paramref name="index"/> (which holds '&amp;'); returns its length in raw, or 0.</summary>
    public static int TryDecodeReference(string raw, int index, int end, out string value)
    {
        value = string.Empty;
        var i = index + 1;
        if (i >= end)
        {
            return 0;
        }

        if (raw[i] == '#')
        {
            i++;
            var hex = i < end && (raw[i] == 'x' || raw[i] == 'X');
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            long code = 0;
            while (i < end && i - digitsStart < 8)
            {
                var c = raw[i];
                int digit;
                if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (hex && c >= 'a' && c <= 'f')
                {
                    digit = c - 'a' + 10;
                }
                else if (hex && c >= 'A' && c <= 'F')
                {
                    digit = c - 'A' + 10;
                }
                else
                {
                    break;
                }

                code = (code * (hex ? 16 : 10)) + digit;
                i++;
            }

            if (i == digitsStart)
            {
                return 0;
            }

            if (i < end && raw[i] == ';')
            {
                i++;
            }

            value = FromCodePoint(code);
            return i - index;
        }

        var nameStart = i;
        while (i < end && i - nameStart < 32 && char.IsLetterOrDigit(raw[i]) && raw[i] < 0x80)
        {
            i++;
        }

        if (i == nameStart)
        {
            return 0;
        }

        var name = raw.Substring(nameStart, i - nameStart);
        if (i < end && raw[i] == ';')
        {
            if (Entities.TryGetValue(name, out var named))
            {
                value = FromCodePoint(named);
                return i + 1 - index;
            }

            return 0;
        }

        // Legacy references without the semicolon (&amp &nbsp), as browsers read them in text.
        switch (name)
        {
            case "amp":
            case "AMP":
                value = "&";
                return i - index;
            case "lt":
                value = "<";
                return i - index;
            case "gt":
                value = ">";
                return i - index;
            case "quot":
                value = "\"";
                return i - index;
            case "nbsp":
                value = "\u00A0";
                return i - index;
            default:
                return 0;
        }
    }

    /// <summary>Decodes references and folds white space to single spaces; for attribute values and short texts.</summary>
    public static string Decode(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw!.Length);
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            string piece;
            if (c == '&')
            {
                var length = TryDecodeReference(raw, i, raw.Length, out piece);
                if (length > 0)
                {
                    i += length - 1;
                }
                else
                {
                    piece = "&";
                }
            }
            else
            {
                piece = c.ToString();
            }

            foreach (var p in piece)
            {
                if (IsSpace(p))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(p);
            }
        }

        return builder.ToString();
    }

    private static string FromCodePoint(long code)
    {
        if (code >= 0x80 && code <= 0x9F)
        {
            return C1Replacements[(int)code - 0x80].ToString();
        }

        if (code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32((int)code);
    }

    private static IDictionary<string, int> BuildEntities()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in HtmlEntity.EntityValue)
        {
            map[pair.Key] = pair.Value;
        }

        // HTML5 names common in news pages that the HTML 4 table lacks.
        map["apos"] = '\'';
        map["hellip"] = 0x2026;
        map["nbsp"] = 0xA0;
        map["lrm"] = 0x200E;
        map["rlm"] = 0x200F;
        map["zwnj"] = 0x200C;
        map["zwj"] = 0x200D;
        map["NewLine"] = '\n';
        map["Tab"] = '\t';
        map["colon"] = ':';
        map["comma"] = ',';
        map["period"] = '.';
        map["lpar"] = '(';
        map["rpar"] = ')';
        map["quest"] = '?';
        map["excl"] = '!';
        map["num"] = '#';
        map["percnt"] = '%';
        map["dollar"] = '$';
        map["sol"] = '/';
        map["bsol"] = '\\';
        map["lsqb"] = '[';
        map["rsqb"] = ']';
        map["semi"] = ';';
        map["equals"] = '=';
        map["plus"] = '+';
        map["ast"] = '*';
        map["lowbar"] = '_';
        map["grave"] = '`';
        map["Hat"] = '^';
        map["vert"] = '|';
        map["lcub"] = '{';
        map["rcub"] = '}';
        map["dash"] = 0x2010;
        map["bull"] = 0x2022;
        map["trade"] = 0x2122;
        return map;
    }
}
