using System;
using NewsClean.Core.Text;

namespace NewsClean.Html.Decoding;

/// <summary>
/// Decodes a page: BOM first, then what the bytes are (strict UTF-8, UTF-16), then the charset the page declares;
/// bytes that are neither valid UTF-8 nor in a declared single-byte charset fall back to Windows-1256 as in Core.
/// A declaration never wins over the bytes: a page that declares UTF-8 but is Windows-1256, or the reverse, is
/// decoded by what it is. Last, UTF-8 misread as Latin (mojibake) is repaired.
/// </summary>
internal static class PageDecoder
{
    private const string Windows1256 = "windows-1256";

    public static DecodedPage Decode(byte[] bytes, bool repairMojibake)
    {
        var basic = TextDecoder.Decode(bytes);
        if (basic.IsBinary)
        {
            return new DecodedPage(null, null, null, false, 0, null, basic.BinaryReason);
        }

        var text = basic.Content!;
        var declared = CharsetDeclaration.Find(basic.UsedFallback ? Ascii(bytes) : text);
        var encoding = basic.Encoding!;
        var usedFallback = false;
        if (basic.UsedFallback)
        {
            // Not UTF-8: the declaration decides between the single-byte code pages, unless it names a Latin one while
            // the bytes read as Arabic words (old Arabic sites often declared iso-8859-1 over Windows-1256 bytes).
            switch (declared)
            {
                case Windows1256:
                    break;
                case SingleByteCodePages.Iso88596:
                    text = TextDecoder.NormalizeNewlines(SingleByteCodePages.DecodeIso88596(bytes));
                    encoding = SingleByteCodePages.Iso88596;
                    break;
                case SingleByteCodePages.Windows1252 when !LooksLikeWindows1256Arabic(bytes):
                    text = TextDecoder.NormalizeNewlines(SingleByteCodePages.DecodeWindows1252(bytes));
                    encoding = SingleByteCodePages.Windows1252;
                    break;
                case null:
                case "utf-8":
                case "utf-16":
                case SingleByteCodePages.Windows1252:
                    usedFallback = true;
                    break;
                default:
                    var other = CharsetDeclaration.TryGetEncoding(declared);
                    if (other is not null && other.IsSingleByte)
                    {
                        text = TextDecoder.NormalizeNewlines(other.GetString(bytes));
                        encoding = other.WebName;
                    }
                    else
                    {
                        usedFallback = true;
                    }

                    break;
            }
        }

        var repair = repairMojibake ? Repair(text) : null;
        return new DecodedPage(repair?.Text ?? text, encoding, declared, usedFallback, basic.DroppedNuls, repair, null);
    }

    public static DecodedPage FromString(string html, bool repairMojibake)
    {
        var text = TextDecoder.NormalizeNewlines(html);
        var repair = repairMojibake ? Repair(text) : null;
        return new DecodedPage(repair?.Text ?? text, "utf-16", CharsetDeclaration.Find(text), false, 0, repair, null);
    }

    /// <summary>The Core's repair, tried only where the Core's detector sees double-encoded text (most pages have none).</summary>
    private static MojibakeRepairResult? Repair(string text) =>
        !MayHoldMojibake(text) || MojibakeDetector.Find(text) is null ? null : MojibakeRepair.TryRepair(text);

    private static readonly char[] LatinLeads = { '\u00D8', '\u00D9', '\uFFFD' };

    private static readonly char[] ArabicLeads = { '\u0637', '\u0638' };

    /// <summary>
    /// A quick look for what the Core's detector matches (Ø or Ù, or ط or ظ, followed by a Latin-1 or Windows-1252
    /// symbol; U+FFFD), so that clean pages skip its three scans.
    /// </summary>
    private static bool MayHoldMojibake(string text)
    {
        var i = text.IndexOfAny(LatinLeads);
        while (i >= 0)
        {
            if (text[i] == '\uFFFD' || (i + 1 < text.Length && IsLatinContinuation(text[i + 1])))
            {
                return true;
            }

            i = i + 1 < text.Length ? text.IndexOfAny(LatinLeads, i + 1) : -1;
        }

        i = text.IndexOfAny(ArabicLeads);
        while (i >= 0)
        {
            if (i + 1 < text.Length && IsLatinContinuation(text[i + 1]))
            {
                return true;
            }

            i = i + 1 < text.Length ? text.IndexOfAny(ArabicLeads, i + 1) : -1;
        }

        return false;
    }

    /// <summary>
    /// A character a UTF-8 continuation byte (0x80-0xBF) becomes when read as Latin-1 or Windows-1252: a superset of
    /// the second characters of the Core detector's patterns (keep in step with MojibakeDetector).
    /// </summary>
    private static bool IsLatinContinuation(char c) =>
        (c >= '\u0080' && c <= '\u00BF') || (c >= '\u2013' && c <= '\u203A') || c == '\u20AC' || c == '\u2122' || c == '\u0152' || c == '\u0153'
        || c == '\u0160' || c == '\u0161' || c == '\u0178' || c == '\u017D' || c == '\u017E' || c == '\u0192' || c == '\u02C6' || c == '\u02DC';

    private static string Ascii(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 8192);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : ' ';
        }

        return new string(chars);
    }

    /// <summary>Windows-1256 Arabic has most of its high bytes in runs of letters; Latin-1 text has isolated accented letters.</summary>
    private static bool LooksLikeWindows1256Arabic(byte[] bytes)
    {
        int high = 0, inRuns = 0, run = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var isLetter = i < bytes.Length && SingleByteCodePages.IsWindows1256ArabicLetter(bytes[i]);
            if (i < bytes.Length && bytes[i] >= 0x80)
            {
                high++;
            }

            if (isLetter)
            {
                run++;
                continue;
            }

            if (run >= 3)
            {
                inRuns += run;
            }

            run = 0;
        }

        return high >= 20 && inRuns * 2 > high;
    }
}
