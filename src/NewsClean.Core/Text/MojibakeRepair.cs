using System;
using System.Collections.Generic;
using System.Text;

namespace NewsClean.Core.Text;

/// <summary>
/// Repairs double-encoded text: UTF-8 bytes that were decoded as Latin-1, Windows-1252 or Windows-1256 and saved
/// again ("Ø§Ù„" or "ط§ظ„" for "ال"). A run is repaired only when its characters map back to bytes that form valid
/// UTF-8 and that UTF-8 reads as Arabic (or other non-Latin letters); anything else is left for validation to flag.
/// </summary>
public static class MojibakeRepair
{
    /// <summary>Minimum run length in characters (two UTF-8 encoded letters) so a stray "Ã©" in French is not touched.</summary>
    private const int MinimumRun = 4;

    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static readonly Dictionary<char, byte> Cp1252Specials = BuildCp1252();

    private static readonly Dictionary<char, byte> Cp1256Reverse = BuildCp1256();

    /// <summary>The repaired text and what was done, or null when nothing needed (or allowed) repair.</summary>
    public static MojibakeRepairResult? TryRepair(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Cheap gate first: both misreadings leave their lead bytes (D8/D9) as one of four characters.
        if (text.IndexOf('Ø') >= 0 || text.IndexOf('Ù') >= 0)
        {
            var latin = RepairRuns(text, ToLatinByte, "utf-8 read as windows-1252");
            if (latin is not null)
            {
                return latin;
            }
        }

        return MojibakeDetector.Find(text) is null ? null : RepairRuns(text, ToCp1256Byte, "utf-8 read as windows-1256");
    }

    private static MojibakeRepairResult? RepairRuns(string text, Func<char, int> toByte, string description)
    {
        StringBuilder? output = null;
        var runs = 0;
        var copiedUpTo = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (toByte(text[i]) < 0xC2)
            {
                i++;
                continue;
            }

            // A run of characters that all map to high bytes (spaces inside the run stay as they are between runs).
            var start = i;
            var bytes = new List<byte>();
            while (i < text.Length)
            {
                var b = toByte(text[i]);
                if (b < 0x80)
                {
                    break;
                }

                bytes.Add((byte)b);
                i++;
            }

            // An NBSP after the run (layout added after the misreading) maps to byte A0 too: when the run does not decode
            // with it, it is tried without its trailing NBSPs (A0 can also end a letter, "٠" is D9 A0, so only then).
            var end = i;
            string decoded;
            while (!TryDecode(bytes, out decoded) && end > start && text[end - 1] == '\u00A0')
            {
                end--;
                bytes.RemoveAt(bytes.Count - 1);
            }

            if (end - start < MinimumRun || decoded.Length == 0)
            {
                continue;
            }

            output ??= new StringBuilder(text.Length);
            output.Append(text, copiedUpTo, start - copiedUpTo).Append(decoded);
            copiedUpTo = end;
            runs++;
        }

        if (output is null)
        {
            return null;
        }

        output.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return new MojibakeRepairResult(output.ToString(), description, runs);
    }

    private static bool TryDecode(List<byte> bytes, out string decoded)
    {
        // Validate first: a decoder exception per run of ordinary Arabic text would cost more than the whole clean.
        if (!IsValidUtf8(bytes))
        {
            decoded = string.Empty;
            return false;
        }

        decoded = StrictUtf8.GetString(bytes.ToArray());

        // Unambiguous only when the bytes spell letters of a script that has no business in Latin-1 text.
        var letters = 0;
        foreach (var c in decoded)
        {
            if (c < 0x0370 && char.IsLetter(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    private static bool IsValidUtf8(List<byte> bytes)
    {
        for (var i = 0; i < bytes.Count;)
        {
            var b = bytes[i];
            int needed;
            int min;
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (b >= 0xC2 && b <= 0xDF)
            {
                needed = 1;
                min = 0x80;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                needed = 2;
                min = 0x800;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                needed = 3;
                min = 0x10000;
            }
            else
            {
                return false;
            }

            var value = b & (0x3F >> needed);
            for (var k = 1; k <= needed; k++)
            {
                if (i + k >= bytes.Count || (bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }

                value = (value << 6) | (bytes[i + k] & 0x3F);
            }

            if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                return false;
            }

            i += needed + 1;
        }

        return true;
    }

    private static int ToLatinByte(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        if (c <= 0xFF)
        {
            return c;
        }

        return Cp1252Specials.TryGetValue(c, out var b) ? b : -1;
    }

    private static int ToCp1256Byte(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        return Cp1256Reverse.TryGetValue(c, out var b) ? b : -1;
    }

    private static Dictionary<char, byte> BuildCp1252()
    {
        // Windows-1252 differs from Latin-1 only in 0x80..0x9F.
        const string specials = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < specials.Length; i++)
        {
            map[specials[i]] = (byte)(0x80 + i);
        }

        return map;
    }

    private static Dictionary<char, byte> BuildCp1256()
    {
        var map = new Dictionary<char, byte>();
        var bytes = new byte[128];
        for (var i = 0; i < 128; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        var chars = Windows1256.Decode(bytes, 0, bytes.Length);
        for (var i = 0; i < chars.Length; i++)
        {
            map[chars[i]] = (byte)(0x80 + i);
        }

        return map;
    }
}
