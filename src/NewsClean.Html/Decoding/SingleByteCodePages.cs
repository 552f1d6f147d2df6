using System;

namespace NewsClean.Html.Decoding;

/// <summary>
/// The single-byte code pages pages declare besides Windows-1256 (which Core decodes): Windows-1252 (what
/// browsers use for iso-8859-1 and us-ascii too) and ISO-8859-6. Tables here, so no code-page provider is needed.
/// </summary>
internal static class SingleByteCodePages
{
    public const string Windows1252 = "windows-1252";
    public const string Iso88596 = "iso-8859-6";

    // Windows-1252 characters for 0x80..0x9F; the five undefined bytes keep their C1 code point, as browsers do.
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string DecodeWindows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b >= 0x80 && b < 0xA0 ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>ISO-8859-6: Arabic letters at 0xC1-0xDA and 0xE0-0xF2; unassigned bytes become U+FFFD.</summary>
    public static string DecodeIso88596(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b switch
            {
                < 0xA0 => (char)b,
                0xA0 => '\u00A0',
                0xA4 => '\u00A4',
                0xAC => '\u060C',
                0xAD => '\u00AD',
                0xBB => '\u061B',
                0xBF => '\u061F',
                >= 0xC1 and <= 0xDA => (char)(0x0621 + (b - 0xC1)),
                >= 0xE0 and <= 0xF2 => (char)(0x0640 + (b - 0xE0)),
                _ => '\uFFFD',
            };
        }

        return new string(chars);
    }

    /// <summary>True for a byte Windows-1256 maps to an Arabic letter.</summary>
    public static bool IsWindows1256ArabicLetter(byte b) =>
        (b >= 0xC1 && b <= 0xDF && b != 0xD7) || b == 0xE1 || (b >= 0xE3 && b <= 0xE6) || b == 0xEC || b == 0xED;
}
