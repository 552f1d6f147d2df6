using System;
using System.Collections.Generic;
using System.Text;
using NewsClean.Core;
using NewsClean.Core.Model;

namespace NewsClean.Html;

/// <summary>
/// What <see cref="HtmlArticleExtractor"/> read from one page: the decoded page, how it was decoded, the page
/// metadata and the blocks of the main content. Every offset points into <see cref="Html"/>.
/// </summary>
public sealed class HtmlExtraction
{
    private readonly int[] _blockStarts;

    internal HtmlExtraction(
        string html,
        string? encoding,
        string? declaredCharset,
        bool usedFallback,
        int droppedNuls,
        string? mojibakeRepair,
        PageMetadata metadata,
        IReadOnlyList<ContentBlock> blocks,
        DocumentError? error,
        ContentStrategy strategy = ContentStrategy.None,
        IReadOnlyList<Finding>? contentFindings = null)
    {
        Strategy = strategy;
        ContentFindings = contentFindings ?? Array.Empty<Finding>();
        Html = html;
        Encoding = encoding;
        DeclaredCharset = declaredCharset;
        UsedFallback = usedFallback;
        DroppedNuls = droppedNuls;
        MojibakeRepair = mojibakeRepair;
        Metadata = metadata;
        Blocks = blocks;
        Error = error;
        _blockStarts = new int[blocks.Count];
        var text = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            _blockStarts[i] = text.Length;
            text.Append(blocks[i].Text);
        }

        ContentText = text.ToString();
    }

    /// <summary>The decoded page (newlines folded to LF, mojibake repaired): what block offsets and findings point into.</summary>
    public string Html { get; }

    /// <summary>The encoding the page was decoded with (utf-8, windows-1256, iso-8859-6, windows-1252, utf-16...).</summary>
    public string? Encoding { get; }

    /// <summary>The charset the page declares (meta charset, http-equiv, XML declaration), normalised; may differ from <see cref="Encoding"/>.</summary>
    public string? DeclaredCharset { get; }

    /// <summary>True when the bytes were neither valid UTF-8 nor in a declared single-byte charset, so Windows-1256 was assumed.</summary>
    public bool UsedFallback { get; }

    /// <summary>How many NUL characters decoding dropped.</summary>
    public int DroppedNuls { get; }

    /// <summary>What the Core's mojibake repair did to the page ("utf-8 read as windows-1252 (12 runs repaired)"), or null.</summary>
    public string? MojibakeRepair { get; }

    public PageMetadata Metadata { get; }

    /// <summary>The main content, block by block, in page order.</summary>
    public IReadOnlyList<ContentBlock> Blocks { get; }

    /// <summary>Which content strategy's blocks these are (see <see cref="ContentStrategy"/>).</summary>
    public ContentStrategy Strategy { get; }

    /// <summary>Findings about how the main content was found (the strategy that won), with empty spans at 0.</summary>
    public IReadOnlyList<Finding> ContentFindings { get; }

    /// <summary>Why the page could not be read (binary or empty content), or null.</summary>
    public DocumentError? Error { get; }

    public bool IsSuccess => Error is null;

    /// <summary>The blocks as the text engine gets them: one block per line, blocks separated by a blank line.</summary>
    public string ContentText { get; }

    /// <summary>Offset in <see cref="ContentText"/> of block <paramref name="index"/>.</summary>
    public int ContentTextOffsetOf(int index)
    {
        if (index < 0 || index >= _blockStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return _blockStarts[index];
    }

    /// <summary>The page offset of a character of <see cref="ContentText"/> (a separator maps to the next block's start).</summary>
    public int PageOffsetOf(int contentTextOffset)
    {
        if (Blocks.Count == 0)
        {
            return 0;
        }

        var index = Array.BinarySearch(_blockStarts, contentTextOffset);
        if (index < 0)
        {
            index = Math.Max(0, ~index - 1);
        }

        var block = Blocks[index];
        var within = contentTextOffset - _blockStarts[index];
        if (within >= block.Text.Length)
        {
            return index + 1 < Blocks.Count ? Blocks[index + 1].Start : block.End;
        }

        return block.PageOffsetOf(Math.Max(0, within));
    }
}
