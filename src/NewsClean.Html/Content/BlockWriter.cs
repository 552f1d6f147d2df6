using System;
using System.Collections.Generic;
using System.Text;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>
/// Reads the blocks of the chosen containers: one block per paragraph, heading, list item, quote line or table row,
/// split at line breaks, each with the page offset of every character. Image captions are not article text.
/// </summary>
internal sealed class BlockWriter
{
    private const string CellSeparator = " | ";

    /// <summary>Longest all-digit block dropped as a stray number ("12", "03.04.2020 | 14:30"); longer ones may be data.</summary>
    private const int MaxStrayNumberChars = 24;

    private readonly bool[] _removed;
    private readonly TextBuilder _builder = new TextBuilder();
    private readonly TextBuilder _cell = new TextBuilder();
    private readonly List<ContentBlock> _blocks = new List<ContentBlock>();
    private int _preDepth;

    // Whether the block being built holds text outside in-page links (href="#..."): one that does not is navigation.
    private bool _hasOwnText;

    private BlockWriter(bool[] removed)
    {
        _removed = removed;
    }

    public static List<ContentBlock> Write(PageTree tree, IEnumerable<PageNode> roots, bool[] removed, string? title)
    {
        var writer = new BlockWriter(removed);
        foreach (var root in roots)
        {
            // A sibling taken in whole can itself be an image box or a meta box.
            if (!root.IsText && (IsCaption(root) || IsMetaBox(root)))
            {
                continue;
            }

            var kind = KindOf(root, ContentBlockKind.Paragraph);
            if (root.IsText)
            {
                writer.AppendText(root, kind);
            }
            else
            {
                writer.WriteChildren(root, kind);
            }

            writer.Flush(kind);
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            writer._blocks.RemoveAll(b => b.Kind == ContentBlockKind.Heading && TextSimilarity.Similarity(title!, b.Text) > 0.75);
        }

        return writer._blocks;
    }

    /// <summary>The visible text of a subtree, blocks separated by spaces.</summary>
    public static string PlainText(PageNode node, bool[] removed)
    {
        var builder = new StringBuilder();
        Collect(node, removed, builder);
        return HtmlText.Decode(builder.ToString());
    }

    private static void Collect(PageNode node, bool[] removed, StringBuilder builder)
    {
        if (node.IsText)
        {
            builder.Append(node.Page, node.RawStart, node.RawLength);
            return;
        }

        foreach (var child in node.Children)
        {
            if (removed[child.Index])
            {
                continue;
            }

            if (!child.IsText && child.IsBlock)
            {
                builder.Append(' ');
            }

            Collect(child, removed, builder);
        }
    }

    private static ContentBlockKind KindOf(PageNode node, ContentBlockKind inherited)
    {
        switch (node.Tag)
        {
            case "h1":
            case "h2":
            case "h3":
            case "h4":
            case "h5":
            case "h6":
                return ContentBlockKind.Heading;
            case "li":
            case "dd":
            case "dt":
                return inherited == ContentBlockKind.Quote ? inherited : ContentBlockKind.ListItem;
            case "blockquote":
                return ContentBlockKind.Quote;
            case "pre":
                return ContentBlockKind.Preformatted;
            default:
                return inherited;
        }
    }

    private static bool IsCaption(PageNode node)
    {
        if (node.Tag == "figcaption")
        {
            return true;
        }

        if (node.Chars < 300 && node.Class.Length > 0
            && (node.Class.IndexOf("caption", StringComparison.Ordinal) >= 0 || node.Class.IndexOf("credit", StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        // A box holding an image and a line of text under it is a caption, whatever its name.
        return node.IsBlock && node.Images > 0 && node.Chars <= 150 && node.ParagraphTags == 0 && node.HeadingChars == 0;
    }

    /// <summary>A short block named like a date, byline or meta box (its facts are read from the page metadata).</summary>
    private static bool IsMetaBox(PageNode node) =>
        node.IsBlock && node.Chars < 200 && node.ParagraphTags == 0 && node.HeadingChars == 0 && ClassHints.IsMetaBox(node);

    private void WriteChildren(PageNode node, ContentBlockKind kind)
    {
        var previousWasLink = false;
        foreach (var child in node.Children)
        {
            if (_removed[child.Index])
            {
                continue;
            }

            var wasLink = previousWasLink;
            previousWasLink = child.Tag == "a";

            if (child.IsText)
            {
                AppendText(child, kind);
                continue;
            }

            var tag = child.Tag;
            if (tag == "br" || tag == "hr")
            {
                Flush(kind);
                continue;
            }

            if (tag == "img")
            {
                _builder.AppendSpace(child.Source?.StreamPosition ?? 0);
                continue;
            }

            if (IsCaption(child) || IsMetaBox(child))
            {
                continue;
            }

            if (tag == "tr" && IsSimpleRow(child))
            {
                Flush(kind);
                WriteRow(child);
                Flush(ContentBlockKind.TableRow);
                continue;
            }

            if (child.IsBlock)
            {
                Flush(kind);
                var childKind = KindOf(child, kind);
                if (tag == "pre")
                {
                    _preDepth++;
                }

                WriteChildren(child, childKind);
                Flush(childKind);
                if (tag == "pre")
                {
                    _preDepth--;
                }

                continue;
            }

            // Table cells and list-like inline boxes still separate words; so do links written one right after the other
            // (a tag footer's or a menu's links with no space between them are separate words on the screen).
            if (tag == "td" || tag == "th" || (tag == "a" && wasLink))
            {
                _builder.AppendSpace(child.Source?.StreamPosition ?? 0);
            }

            WriteChildren(child, kind);
        }
    }

    private void AppendText(PageNode text, ContentBlockKind kind)
    {
        var own = text.OwnChars > 0 && !InInPageLink(text);
        _hasOwnText |= own;

        var page = text.Page;
        var start = text.RawStart;
        var end = start + text.RawLength;
        var shift = text.PageOffset - start;
        if (_preDepth == 0)
        {
            _builder.AppendRaw(page, start, end, text.PageOffset);
            return;
        }

        var lineStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || page[i] == '\n')
            {
                _builder.AppendRaw(page, lineStart, i, lineStart + shift);
                if (i < end)
                {
                    Flush(kind);
                    _hasOwnText = own;
                }

                lineStart = i + 1;
            }
        }
    }

    private bool IsSimpleRow(PageNode row)
    {
        foreach (var cell in row.Children)
        {
            if (!cell.IsText && !_removed[cell.Index] && cell.HasBlockDescendant && HasBlockOtherThanBreak(cell))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasBlockOtherThanBreak(PageNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText || _removed[child.Index])
            {
                continue;
            }

            if ((child.IsBlock && child.Tag != "br") || HasBlockOtherThanBreak(child))
            {
                return true;
            }
        }

        return false;
    }

    private void WriteRow(PageNode row)
    {
        foreach (var cell in row.Children)
        {
            if (cell.IsText || _removed[cell.Index] || (cell.Tag != "td" && cell.Tag != "th"))
            {
                continue;
            }

            WriteInline(cell, _cell);
            var text = _cell.Take(out var map);
            if (text.Length == 0)
            {
                continue;
            }

            if (!_builder.IsEmpty)
            {
                _builder.AppendLiteral(CellSeparator, map[0]);
            }

            _builder.AppendMapped(text, map);
        }
    }

    /// <summary>A cell's content with breaks read as spaces.</summary>
    private void WriteInline(PageNode node, TextBuilder builder)
    {
        foreach (var child in node.Children)
        {
            if (_removed[child.Index])
            {
                continue;
            }

            if (child.IsText)
            {
                _hasOwnText |= child.OwnChars > 0 && !InInPageLink(child);
                builder.AppendRaw(child.Page, child.RawStart, child.RawStart + child.RawLength, child.PageOffset);
            }
            else if (child.Tag == "br" || child.Tag == "img" || child.IsBlock)
            {
                builder.AppendSpace(child.Source?.StreamPosition ?? 0);
                WriteInline(child, builder);
            }
            else
            {
                WriteInline(child, builder);
            }
        }
    }

    private void Flush(ContentBlockKind kind)
    {
        if (_builder.IsEmpty)
        {
            return;
        }

        var text = _builder.Take(out var map);
        var hasOwnText = _hasOwnText;
        _hasOwnText = false;
        if (text.Length > 0 && hasOwnText && !IsStrayNumber(text, kind))
        {
            _blocks.Add(new ContentBlock(kind, text, map));
        }
    }

    /// <summary>
    /// A block of nothing but digits and punctuation (a counter, a page number, a bare date or time): no paragraph of a
    /// story. Table rows and preformatted lines keep their numbers.
    /// </summary>
    private static bool IsStrayNumber(string text, ContentBlockKind kind)
    {
        if (text.Length > MaxStrayNumberChars || kind == ContentBlockKind.TableRow || kind == ContentBlockKind.Preformatted)
        {
            return false;
        }

        var digits = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return false;
            }

            digits |= char.IsDigit(c);
        }

        return digits;
    }

    /// <summary>Text inside a link to a place on the same page (skip links, tables of contents, back-to-top).</summary>
    private static bool InInPageLink(PageNode text)
    {
        for (var node = text.Parent; node is not null && !node.IsBlock; node = node.Parent)
        {
            if (node.Tag == "a")
            {
                return node.Attribute("href").StartsWith("#", StringComparison.Ordinal);
            }
        }

        return false;
    }
}
