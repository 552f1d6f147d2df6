using System;
using System.Text;

namespace NewsClean.Core.Text;

/// <summary>Turns raw document bytes into text: BOM, strict UTF-8, UTF-16 without BOM, then Windows-1256.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null with an error id when the bytes are not text.</summary>
    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (LooksLikeKnownBinary(bytes))
        {
            return DecodedText.Binary("the content starts with the signature of a binary format");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8", false);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return FromText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16", false);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return FromText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16BE", false);
        }

        var utf16 = DetectUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return FromText(utf16.GetString(bytes), utf16 is UnicodeEncoding && utf16.CodePage == 1201 ? "utf-16BE" : "utf-16", false);
        }

        if (TryStrictUtf8(bytes, out var text))
        {
            return FromText(text, "utf-8", false);
        }

        return FromText(Windows1256.Decode(bytes, 0, bytes.Length), Windows1256.WebName, true);
    }

    /// <summary>Drops NUL characters and folds CRLF and CR to LF; everything else is kept as it is.</summary>
    public static string NormalizeNewlines(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.IndexOf('\r') < 0 && text.IndexOf('\0') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                continue;
            }

            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static DecodedText FromText(string text, string encoding, bool fallback)
    {
        var normalized = NormalizeNewlines(text);
        if (CountControlCharacters(normalized) > Math.Max(8, normalized.Length / 50))
        {
            return DecodedText.Binary("the content holds too many control characters to be text");
        }

        var nuls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                nuls++;
            }
        }

        return DecodedText.Text(normalized, encoding, fallback, nuls);
    }

    private static bool TryStrictUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            // A sequence cut off by truncation at the very end is still UTF-8.
            var cut = IncompleteTailLength(bytes);
            if (cut > 0)
            {
                try
                {
                    text = StrictUtf8.GetString(bytes, 0, bytes.Length - cut);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                }
            }

            text = string.Empty;
            return false;
        }
    }

    private static int IncompleteTailLength(byte[] bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[bytes.Length - back];
            if ((b & 0xC0) == 0xC0)
            {
                var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
                return needed > back ? back : 0;
            }

            if ((b & 0xC0) != 0x80)
            {
                return 0;
            }
        }

        return 0;
    }

    private static Encoding? DetectUtf16WithoutBom(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 8)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0)
            {
                evenZero++;
            }

            if (bytes[i + 1] == 0)
            {
                oddZero++;
            }
        }

        var pairs = sample / 2;

        // Latin text in UTF-16 has a zero in every other byte; Arabic (U+06xx) has 0x06 there instead.
        int evenSix = 0, oddSix = 0;
        for (var i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0x06)
            {
                evenSix++;
            }

            if (bytes[i + 1] == 0x06)
            {
                oddSix++;
            }
        }

        if (oddZero + oddSix > pairs * 6 / 10 && evenZero < pairs / 20)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (evenZero + evenSix > pairs * 6 / 10 && oddZero < pairs / 20)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != '\v')
            {
                count++;
            }
        }

        return count;
    }

    private static bool LooksLikeKnownBinary(byte[] b)
    {
        bool StartsWith(params byte[] signature)
        {
            if (b.Length < signature.Length)
            {
                return false;
            }

            for (var i = 0; i < signature.Length; i++)
            {
                if (b[i] != signature[i])
                {
                    return false;
                }
            }

            return true;
        }

        return StartsWith(0x89, 0x50, 0x4E, 0x47) // PNG
            || StartsWith(0x50, 0x4B, 0x03, 0x04) // ZIP, docx, xlsx
            || StartsWith(0x1F, 0x8B) // gzip
            || StartsWith(0x25, 0x50, 0x44, 0x46) // PDF
            || StartsWith(0xFF, 0xD8, 0xFF) // JPEG
            || StartsWith(0x47, 0x49, 0x46, 0x38) // GIF
            || StartsWith(0x7F, 0x45, 0x4C, 0x46) // ELF
            || StartsWith(0x4D, 0x5A); // PE
    }
}
