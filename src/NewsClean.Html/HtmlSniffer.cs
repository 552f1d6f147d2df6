using System;
using System.Text;

namespace NewsClean.Html;

/// <summary>
/// Content sniffing: does a document look like an HTML page rather than a text dump? Tagged text dumps
/// (TREC-style <c>&lt;DOC&gt;</c>, <c>&lt;TEXT&gt;</c>, Gigaword <c>&lt;P&gt;</c>) are not HTML: they go to the text engine.
/// </summary>
public static class HtmlSniffer
{
    // Only the start of a document is looked at: pages declare themselves early.
    private const int SniffLength = 4096;

    private static readonly string[] StrongMarkers = { "<!doctype html", "<html", "<head", "<body", "<meta ", "<meta\t", "<meta\n", "<title>" };

    private static readonly string[] WeakMarkers =
    {
        "<div", "<span", "<a href", "<br", "<script", "<table", "<article", "<section", "<ul", "<li", "<img", "<link", "<h1", "<h2", "<style", "<iframe", "<nav", "<strong", "<em>", "<b>",
    };

    /// <summary>True when the bytes (any encoding the decoder knows: UTF-8, UTF-16, single-byte) start like an HTML page.</summary>
    public static bool LooksLikeHtml(byte[] content)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        return LooksLikeHtml(StartAsText(content));
    }

    /// <summary>True when the text starts like an HTML page.</summary>
    public static bool LooksLikeHtml(string content)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var head = content.Length > SniffLength ? content.Substring(0, SniffLength) : content;
        var start = 0;
        while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] == '\uFEFF'))
        {
            start++;
        }

        if (start >= head.Length)
        {
            return false;
        }

        var lower = head.Substring(start).ToLowerInvariant();
        if (lower.StartsWith("<doc>", StringComparison.Ordinal) || lower.StartsWith("<doc ", StringComparison.Ordinal) || lower.StartsWith("<docno", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var marker in StrongMarkers)
        {
            if (lower.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        // A fragment without <html>: it must open with markup and hold several distinct HTML tags.
        if (lower[0] != '<')
        {
            return false;
        }

        var distinct = 0;
        foreach (var marker in WeakMarkers)
        {
            if (lower.IndexOf(marker, StringComparison.Ordinal) >= 0 && ++distinct >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first bytes as text, good enough to find ASCII markup in UTF-8, UTF-16 and single-byte pages.</summary>
    private static string StartAsText(byte[] content)
    {
        var length = Math.Min(content.Length, SniffLength);
        if (length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            var bigEndian = content[0] == 0xFE;
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(content, 2, (length - 2) & ~1);
        }

        // UTF-16 without a BOM: ASCII markup then has a zero in every other byte.
        if (length >= 8)
        {
            int evenZero = 0, oddZero = 0;
            for (var i = 0; i + 1 < length; i += 2)
            {
                if (content[i] == 0)
                {
                    evenZero++;
                }

                if (content[i + 1] == 0)
                {
                    oddZero++;
                }
            }

            var pairs = length / 2;
            if (oddZero > pairs / 2 && evenZero < pairs / 20)
            {
                return Encoding.Unicode.GetString(content, 0, length & ~1);
            }

            if (evenZero > pairs / 2 && oddZero < pairs / 20)
            {
                return Encoding.BigEndianUnicode.GetString(content, 0, length & ~1);
            }
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var b = content[i];
            chars[i] = b < 0x80 ? (char)b : ' ';
        }

        return new string(chars);
    }
}
