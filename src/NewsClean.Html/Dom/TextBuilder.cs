using System.Collections.Generic;
using System.Text;

namespace NewsClean.Html.Dom;

/// <summary>
/// Builds the visible text of one block from raw HTML text: references decoded, white space folded, and for every
/// character kept the page offset it came from, so a span of the text can be pointed back into the page.
/// </summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _text = new StringBuilder(256);
    private readonly List<int> _map = new List<int>(256);
    private bool _pendingSpace;
    private int _pendingSpaceOffset;

    public int Length => _text.Length;

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends raw[start, end) whose first character is at page offset <paramref name="pageOffset"/>.</summary>
    public void AppendRaw(string raw, int start, int end, int pageOffset)
    {
        for (var i = start; i < end; i++)
        {
            var c = raw[i];
            var offset = pageOffset + (i - start);
            if (c == '&')
            {
                var length = HtmlText.TryDecodeReference(raw, i, end, out var value);
                if (length > 0)
                {
                    foreach (var v in value)
                    {
                        AppendChar(v, offset);
                    }

                    i += length - 1;
                    continue;
                }
            }

            AppendChar(c, offset);
        }
    }

    /// <summary>A soft break between inline pieces (a cell boundary, an image): at most one space.</summary>
    public void AppendSpace(int pageOffset)
    {
        if (_text.Length > 0 && !_pendingSpace)
        {
            _pendingSpace = true;
            _pendingSpaceOffset = pageOffset;
        }
    }

    /// <summary>Literal text that is not in the page (a cell separator), mapped to <paramref name="pageOffset"/>.</summary>
    public void AppendLiteral(string literal, int pageOffset)
    {
        _pendingSpace = false;
        foreach (var c in literal)
        {
            _text.Append(c);
            _map.Add(pageOffset);
        }
    }

    /// <summary>Text already read elsewhere, with its page offsets.</summary>
    public void AppendMapped(string text, int[] map)
    {
        for (var i = 0; i < text.Length; i++)
        {
            AppendChar(text[i], map[i]);
        }
    }

    /// <summary>The text so far, trimmed, with its offset map; the builder is then empty.</summary>
    public string Take(out int[] map)
    {
        var end = _text.Length;
        while (end > 0 && _text[end - 1] == ' ')
        {
            end--;
        }

        var text = _text.ToString(0, end);
        map = new int[end];
        _map.CopyTo(0, map, 0, end);
        Clear();
        return text;
    }

    public void Clear()
    {
        _text.Clear();
        _map.Clear();
        _pendingSpace = false;
    }

    /// <summary>
    /// Soft hyphens, word joiners and zero-width no-break spaces only tell a renderer where a word may (not) break: the
    /// word is the same without them, and kept they split it for every reader of the text. (ZWNJ and ZWJ change how
    /// Persian and Arabic letters join, so they stay.)
    /// </summary>
    private static bool IsInvisibleFormatting(char c) => c == '\u00AD' || c == '\u2060' || c == '\uFEFF';

    private void AppendChar(char c, int offset)
    {
        if (HtmlText.IsSpace(c))
        {
            if (_text.Length > 0 && !_pendingSpace)
            {
                _pendingSpace = true;
                _pendingSpaceOffset = offset;
            }

            return;
        }

        if (c == '\0' || c == '\r' || IsInvisibleFormatting(c))
        {
            return;
        }

        if (_pendingSpace)
        {
            _text.Append(' ');
            _map.Add(_pendingSpaceOffset);
            _pendingSpace = false;
        }

        _text.Append(c);
        _map.Add(offset);
    }
}
