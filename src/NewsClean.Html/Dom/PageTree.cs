using System;
using System.Collections.Generic;
using HtmlAgilityPack;

namespace NewsClean.Html.Dom;

/// <summary>The page's body as a tree of <see cref="PageNode"/>s in document order.</summary>
internal sealed class PageTree
{
    // Deeper nesting than this is malformed markup (unclosed tags); what is below it is read into the last level.
    private const int MaxDepth = 400;

    private PageTree(string html, PageNode root, List<PageNode> nodes)
    {
        Html = html;
        Root = root;
        Nodes = nodes;
        NothingRemoved = new bool[nodes.Count];
    }

    public string Html { get; }

    public PageNode Root { get; }

    /// <summary>Every node in document order; <c>Nodes[i].Index == i</c>.</summary>
    public IReadOnlyList<PageNode> Nodes { get; }

    /// <summary>A removal mask with nothing removed, for reading the page as it is (never written to).</summary>
    public bool[] NothingRemoved { get; }

    /// <summary>Builds the tree of the whole page (head and body pass through into the root); <paramref name="observer"/> sees every element.</summary>
    public static PageTree Build(HtmlDocument document, string html, IElementObserver? observer = null)
    {
        var nodes = new List<PageNode>(4096);
        var body = FindBody(document.DocumentNode) ?? document.DocumentNode;
        var hints = new NameMemo();
        var root = new PageNode(0, "body", null, body, hints);
        nodes.Add(root);
        SetAttributes(root, body);
        var builder = new Builder(html, nodes, hints, observer);
        builder.AddChildren(root, document.DocumentNode);
        root.End = nodes.Count;
        Finish(root);
        return new PageTree(html, root, nodes);
    }

    /// <summary>Measures every element below <paramref name="node"/>, skipping nodes marked in <paramref name="removed"/>.</summary>
    public static void Measure(PageNode node, bool[] removed)
    {
        if (node.IsText)
        {
            node.Chars = node.OwnChars;
            node.Commas = node.OwnCommas;
            node.Stops = node.OwnStops;
            return;
        }

        foreach (var child in node.Children)
        {
            if (!removed[child.Index])
            {
                Measure(child, removed);
            }
        }

        Aggregate(node, removed);
    }

    /// <summary>Recomputes an element's counts from its children's (which must be measured).</summary>
    public static void Aggregate(PageNode node, bool[] removed)
    {
        node.Chars = 0;
        node.LinkChars = 0;
        node.Commas = 0;
        node.Stops = 0;
        node.ParagraphTags = 0;
        node.Images = 0;
        node.ListItems = 0;
        node.ListItemChars = 0;
        node.Inputs = node.OwnInputs;
        node.Embeds = node.OwnEmbeds;
        node.HeadingChars = 0;
        node.TextishChars = 0;
        node.Links = 0;
        foreach (var child in node.Children)
        {
            if (removed[child.Index])
            {
                continue;
            }

            node.Chars += child.Chars;
            node.Commas += child.Commas;
            node.Stops += child.Stops;
            if (child.IsText)
            {
                // Loose text in a block becomes a paragraph of its own when read, so it counts as text-ish.
                if (node.IsBlock)
                {
                    node.TextishChars += child.Chars;
                }

                continue;
            }

            node.LinkChars += child.LinkChars;
            node.ParagraphTags += child.ParagraphTags;
            node.Images += child.Images;
            node.ListItems += child.ListItems;
            node.ListItemChars += child.ListItemChars;
            node.Inputs += child.Inputs;
            node.Embeds += child.Embeds;
            node.HeadingChars += child.HeadingChars;
            node.TextishChars += IsTextish(child.Tag) ? child.Chars : child.TextishChars;
            node.Links += child.Links;
        }

        switch (node.Tag)
        {
            case "a":
                node.Links++;
                node.LinkChars = node.Chars * (node.Attribute("href").StartsWith("#", StringComparison.Ordinal) ? 0.3 : 1.0);
                break;
            case "p":
                node.ParagraphTags++;
                break;
            case "img":
                node.Images++;
                break;
            case "li":
                node.ListItems++;
                node.ListItemChars = node.Chars;
                break;
            default:
                if (Tags.IsHeading(node.Tag))
                {
                    node.HeadingChars = node.Chars;
                }

                break;
        }
    }

    public static double LinkDensity(PageNode node) => node.Chars == 0 ? 0 : Math.Min(1.0, node.LinkChars / node.Chars);

    private static bool IsTextish(string tag) =>
        tag == "span" || tag == "li" || tag == "td" || tag == "blockquote" || tag == "dl" || tag == "div" || tag == "img"
        || tag == "ol" || tag == "p" || tag == "pre" || tag == "table" || tag == "ul";

    private static HtmlNode? FindBody(HtmlNode node)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(node);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 64)
        {
            var current = stack.Pop();
            if (current.NodeType == HtmlNodeType.Element && current.Name == "body")
            {
                return current;
            }

            // Malformed pages can leave body inside head (an unclosed head element).
            if (current.NodeType == HtmlNodeType.Document || current.Name == "html" || current.Name == "head")
            {
                for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
                {
                    if (child.NodeType == HtmlNodeType.Element)
                    {
                        stack.Push(child);
                    }
                }
            }
        }

        return null;
    }

    private static void SetAttributes(PageNode node, HtmlNode source)
    {
        if (!source.HasAttributes)
        {
            return;
        }

        string? cls = null, id = null;
        var attributes = source.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.Name)
            {
                case "class":
                    cls = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "role":
                    node.Role = attribute.Value.ToLowerInvariant();
                    break;
                case "itemprop":
                    node.ItemProp = attribute.Value.ToLowerInvariant();
                    break;
            }
        }

        node.Class = cls?.ToLowerInvariant() ?? string.Empty;
        node.Id = id?.ToLowerInvariant() ?? string.Empty;
        node.Hint = cls is null ? node.Id : id is null ? node.Class : node.Class + " " + node.Id;
    }

    /// <summary>Block flags bottom-up.</summary>
    private static void Finish(PageNode root)
    {
        var stack = new Stack<(PageNode Node, bool Visited)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, visited) = stack.Pop();
            if (!visited)
            {
                stack.Push((node, true));
                foreach (var child in node.Children)
                {
                    if (!child.IsText)
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            foreach (var child in node.Children)
            {
                if (child.IsBlock || child.HasBlockDescendant)
                {
                    node.HasBlockDescendant = true;
                    break;
                }
            }
        }
    }

    private sealed class Builder
    {
        private readonly string _html;
        private readonly List<PageNode> _nodes;
        private readonly NameMemo _hints;
        private readonly IElementObserver? _observer;

        public Builder(string html, List<PageNode> nodes, NameMemo hints, IElementObserver? observer)
        {
            _html = html;
            _nodes = nodes;
            _hints = hints;
            _observer = observer;
        }

        /// <summary>
        /// Adds the content of <paramref name="source"/> under <paramref name="parent"/>, without recursion: the parser
        /// keeps unclosed tags open, so a page can nest thousands deep. Below <see cref="MaxDepth"/> elements are
        /// flattened into the deepest node, their text kept.
        /// </summary>
        public void AddChildren(PageNode parent, HtmlNode source)
        {
            // (source, parent) to add; a null source closes the subtree of parent.
            var stack = new Stack<(HtmlNode? Source, PageNode Parent)>();
            PushChildren(stack, source, parent);
            while (stack.Count > 0)
            {
                var (current, owner) = stack.Pop();
                if (current is null)
                {
                    owner.End = _nodes.Count;
                    continue;
                }

                if (current.NodeType == HtmlNodeType.Text)
                {
                    AddText(owner, (HtmlTextNode)current);
                    continue;
                }

                var target = AddElement(owner, current);
                if (target is null)
                {
                    continue;
                }

                if (!ReferenceEquals(target, owner))
                {
                    stack.Push((null, target));
                }

                PushChildren(stack, current, target);
            }
        }

        private static void PushChildren(Stack<(HtmlNode? Source, PageNode Parent)> stack, HtmlNode source, PageNode parent)
        {
            for (var child = source.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child.NodeType == HtmlNodeType.Text || child.NodeType == HtmlNodeType.Element)
                {
                    stack.Push((child, parent));
                }
            }
        }

        /// <summary>The node the element's children go under (a new node, or the parent for pass-through and too-deep elements), or null to drop them.</summary>
        private PageNode? AddElement(PageNode parent, HtmlNode source)
        {
            _observer?.Observe(source);
            var tag = source.Name;
            if (tag == "head" || tag == "html" || tag == "body")
            {
                // Structure, not content: a stray or misplaced one (body inside head) passes its children through.
                return parent;
            }

            if (Tags.Dropped.Contains(tag))
            {
                if (tag == "input" && !string.Equals(source.GetAttributeValue("type", string.Empty), "hidden", StringComparison.OrdinalIgnoreCase))
                {
                    parent.OwnInputs++;
                }
                else if (Tags.IsEmbed(tag))
                {
                    parent.OwnEmbeds++;
                }

                return null;
            }

            if (IsHidden(source))
            {
                return null;
            }

            if (parent.Depth >= MaxDepth)
            {
                return parent;
            }

            var node = new PageNode(_nodes.Count, tag, parent, source, _hints);
            _nodes.Add(node);
            parent.AddChild(node);
            node.IsBlock = Tags.Block.Contains(tag);
            SetAttributes(node, source);
            return node;
        }

        private void AddText(PageNode parent, HtmlTextNode source)
        {
            if (IsLayoutWhiteSpace(source))
            {
                return;
            }

            // Read the text where it is in the page instead of copying it out (most of a page's text is never needed again).
            var start = source.OuterStartIndex;
            var length = TextLength(source, start);
            string page;
            int pageOffset;
            if (start >= 0 && length > 0 && start + length <= _html.Length)
            {
                page = _html;
                pageOffset = start;
            }
            else
            {
                page = source.Text;
                pageOffset = Math.Max(0, Math.Min(source.StreamPosition, _html.Length));
                start = 0;
                length = page.Length;
                if (length == 0)
                {
                    return;
                }
            }

            var node = new PageNode(_nodes.Count, PageNode.TextTag, parent, null, _hints)
            {
                Page = page,
                RawStart = start,
                RawLength = length,
                PageOffset = pageOffset,
                End = _nodes.Count + 1,
            };
            CountText(node, page, start, start + length);
            _nodes.Add(node);
            parent.AddChild(node);
        }

        /// <summary>
        /// Indentation between block elements: it separates no words, so it needs no node (it is most of a page's text nodes).
        /// </summary>
        private bool IsLayoutWhiteSpace(HtmlTextNode source)
        {
            var start = source.OuterStartIndex;
            var next = source.NextSibling;
            if (start < 0 || next is null || !IsBlockBoundary(next))
            {
                return false;
            }

            var previous = source.PreviousSibling;
            if (previous is not null && !IsBlockBoundary(previous))
            {
                return false;
            }

            var end = next.OuterStartIndex;
            if (end <= start || end > _html.Length)
            {
                return false;
            }

            for (var i = start; i < end; i++)
            {
                var c = _html[i];
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsBlockBoundary(HtmlNode node) =>
            node.NodeType == HtmlNodeType.Comment || (node.NodeType == HtmlNodeType.Element && (Tags.Block.Contains(node.Name) || Tags.Dropped.Contains(node.Name)));

        /// <summary>
        /// A text node runs up to the next node; asking the parser for its length would copy it out. Without a next
        /// sibling it runs to the next tag ("&lt;" then a letter, "/" or "!").
        /// </summary>
        private int TextLength(HtmlTextNode source, int start)
        {
            if (start < 0 || start >= _html.Length)
            {
                return -1;
            }

            var next = source.NextSibling;
            if (next is not null)
            {
                var end = next.OuterStartIndex;
                return end > start && end <= _html.Length ? end - start : -1;
            }

            for (var i = start; i < _html.Length - 1; i++)
            {
                if (_html[i] == '<')
                {
                    var c = _html[i + 1];
                    if (c == '/' || c == '!' || c == '?' || (c < 0x80 && char.IsLetter(c)))
                    {
                        return i - start;
                    }
                }
            }

            return _html.Length - start;
        }

        private static void CountText(PageNode node, string raw, int start, int end)
        {
            int chars = 0, commas = 0, stops = 0;
            for (var i = start; i < end; i++)
            {
                var c = raw[i];
                if (c == '&')
                {
                    var length = HtmlText.TryDecodeReference(raw, i, end, out var value);
                    if (length > 0)
                    {
                        i += length - 1;
                        if (value.Length > 0 && !HtmlText.IsSpace(value[0]))
                        {
                            chars++;
                        }

                        continue;
                    }
                }

                if (HtmlText.IsSpace(c))
                {
                    continue;
                }

                chars++;
                switch (c)
                {
                    case ',':
                    case '،':
                    case '、':
                    case '，':
                        commas++;
                        break;
                    case '.':
                    case '!':
                    case '?':
                    case '؟':
                    case '؛':
                    case ';':
                    case '。':
                    case '！':
                    case '？':
                        stops++;
                        break;
                }
            }

            node.OwnChars = chars;
            node.OwnCommas = commas;
            node.OwnStops = stops;
        }

        private static bool IsHidden(HtmlNode source)
        {
            if (!source.HasAttributes)
            {
                return false;
            }

            var attributes = source.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                switch (attribute.Name)
                {
                    case "hidden":
                        return true;
                    case "aria-hidden":
                        if (string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }

                        break;
                    case "style":
                        var style = attribute.Value;
                        if (style.IndexOf("none", StringComparison.OrdinalIgnoreCase) >= 0 || style.IndexOf("hidden", StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            var compact = style.Replace(" ", string.Empty).ToLowerInvariant();
                            if (compact.Contains("display:none") || compact.Contains("visibility:hidden"))
                            {
                                return true;
                            }
                        }

                        break;
                }
            }

            return false;
        }
    }
}
