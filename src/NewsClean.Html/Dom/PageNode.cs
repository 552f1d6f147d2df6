using System.Collections.Generic;
using HtmlAgilityPack;

namespace NewsClean.Html.Dom;

/// <summary>
/// One element or text node of the page, as the extractor sees it: scripts, styles, media and form controls are
/// already gone. Counts are measured over the subtree, skipping nodes an extraction attempt removed.
/// </summary>
internal sealed class PageNode
{
    public const string TextTag = "#text";

    private static readonly List<PageNode> NoChildren = new List<PageNode>(0);

    public PageNode(int index, string tag, PageNode? parent, HtmlNode? source, NameMemo hints)
    {
        Hints = hints;
        Index = index;
        Tag = tag;
        Parent = parent;
        Source = source;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The page's cache of class-name verdicts, shared by all its nodes.</summary>
    public NameMemo Hints { get; }

    /// <summary>Position in document order; indexes the per-attempt arrays.</summary>
    public int Index { get; }

    public string Tag { get; }

    public PageNode? Parent { get; }

    public HtmlNode? Source { get; }

    public int Depth { get; }

    /// <summary>One past the index of the last node of this subtree (a subtree is a contiguous range of indexes).</summary>
    public int End { get; set; }

    public List<PageNode> Children { get; private set; } = NoChildren;

    public bool IsText => ReferenceEquals(Tag, TextTag);

    /// <summary>Lower-case class and id, separated by a space ("" when neither is set).</summary>
    public string Hint { get; set; } = string.Empty;

    public string Class { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    /// <summary>Lower-case role, itemprop and itemtype attributes.</summary>
    public string Role { get; set; } = string.Empty;

    public string ItemProp { get; set; } = string.Empty;

    public bool IsBlock { get; set; }

    /// <summary>Class weight and unlikely-candidate verdict, computed once per page (see ClassHints).</summary>
    internal int? WeightCache { get; set; }

    internal bool? UnlikelyCache { get; set; }

    /// <summary>True when some descendant is a block element (so this element is not a run of inline text).</summary>
    public bool HasBlockDescendant { get; set; }

    /// <summary>The string a text node's raw (undecoded) text is in: the page itself, unless the parser rewrote it.</summary>
    public string Page { get; set; } = string.Empty;

    /// <summary>Where the raw text starts in <see cref="Page"/>.</summary>
    public int RawStart { get; set; }

    public int RawLength { get; set; }

    /// <summary>Offset in the decoded page of the raw text's first character.</summary>
    public int PageOffset { get; set; }

    public string Raw => Page.Substring(RawStart, RawLength);

    /// <summary>Visible characters (not white space) of a text node; references count as one.</summary>
    public int OwnChars { get; set; }

    public int OwnCommas { get; set; }

    public int OwnStops { get; set; }

    /// <summary>Form controls and embedded media dropped from directly inside this element.</summary>
    public int OwnInputs { get; set; }

    public int OwnEmbeds { get; set; }

    // Measured over the subtree by Measure().
    public int Chars;
    public double LinkChars;
    public int Commas;
    public int Stops;
    public int ParagraphTags;
    public int Images;
    public int ListItems;
    public int ListItemChars;
    public int Inputs;
    public int Embeds;
    public int HeadingChars;
    public int TextishChars;
    public int Links;

    public void AddChild(PageNode child)
    {
        if (ReferenceEquals(Children, NoChildren))
        {
            Children = new List<PageNode>(4);
        }

        Children.Add(child);
    }

    public bool HasAncestor(string tag)
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            if (p.Tag == tag)
            {
                return true;
            }
        }

        return false;
    }

    public string Attribute(string name) => Source?.GetAttributeValue(name, string.Empty) ?? string.Empty;

    public override string ToString() => IsText ? "#text " + Raw : "<" + Tag + (Hint.Length > 0 ? " " + Hint : string.Empty) + "@" + (Source?.StreamPosition ?? -1) + ">";
}
