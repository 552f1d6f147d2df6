using System;

namespace NewsClean.Html;

/// <summary>
/// One block of the main content (a paragraph, heading, list item, quote or table row): its visible text, and where
/// it is in the decoded page (<see cref="HtmlExtraction.Html"/>), character by character.
/// </summary>
public sealed class ContentBlock
{
    private readonly int[] _pageOffsets;

    internal ContentBlock(ContentBlockKind kind, string text, int[] pageOffsets)
    {
        if (pageOffsets.Length != text.Length || text.Length == 0)
        {
            throw new ArgumentException("A block needs one page offset per character.", nameof(pageOffsets));
        }

        Kind = kind;
        Text = text;
        _pageOffsets = pageOffsets;
        Start = pageOffsets[0];
        var last = 0;
        foreach (var offset in pageOffsets)
        {
            last = Math.Max(last, offset);
        }

        End = last + 1;
    }

    public ContentBlockKind Kind { get; }

    /// <summary>The block's text: character references decoded, white space folded to single spaces, one line.</summary>
    public string Text { get; }

    /// <summary>Offset in the decoded page of the block's first character.</summary>
    public int Start { get; }

    /// <summary>One past the page offset of the block's last character (markup inside the block lies in between).</summary>
    public int End { get; }

    /// <summary>Offset in the decoded page of character <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int PageOffsetOf(int index)
    {
        if (index < 0 || index >= _pageOffsets.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return _pageOffsets[index];
    }

    public override string ToString() => Kind + ": " + Text;
}
