using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>The dates the page's elements state, with their place relative to the headline.</summary>
internal sealed class PageDates
{
    private readonly int _anchor;

    private readonly PageTree _tree;

    private readonly DayOrder _order;

    private readonly DateTimeOffset _reference;

    // Date lines are found in one pass but read only when asked for: most pages need only the headline's zone, if that.
    private readonly List<(PageNode Line, PageNode Text, int Position)> _pending = new List<(PageNode Line, PageNode Text, int Position)>();

    private readonly List<DateCandidate> _lines = new List<DateCandidate>();

    private bool[] _read = Array.Empty<bool>();

    public PageDates(PageTree tree, PageNode? headline, DayOrder order, DateTimeOffset reference)
    {
        _tree = tree;
        _order = order;
        _reference = reference;
        // Positions are text characters before a node; the headline's is counted first, the rest during the pass.
        _anchor = -1;
        if (headline is not null)
        {
            _anchor = 0;
            for (var i = 0; i < headline.Index; i++)
            {
                if (tree.Nodes[i].IsText)
                {
                    _anchor += tree.Nodes[i].OwnChars;
                }
            }
        }

        // The elements that hold the headline are the article's, whatever their names say; so is the article element around it.
        var holdsHeadline = new HashSet<int>();
        PageNode? article = null;
        for (var p = headline; p is not null; p = p.Parent)
        {
            holdsHeadline.Add(p.Index);
            if (article is null && p.Tag == "article")
            {
                article = p;
            }
        }

        // An element holding most of the page's text is its content column, whatever its name ("sidebar_content").
        var largest = (int)(tree.Root.Chars * DateZones.FurnitureMaxShare);
        var memo = new Dictionary<string, HintKind>(StringComparer.Ordinal);
        var lines = new HashSet<int>();
        var nodes = tree.Nodes;
        var position = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.IsText)
            {
                FindLine(tree, node, lines, position);
                position += node.OwnChars;
                continue;
            }

            // Furniture is skipped whole: nothing below it is read.
            if (!holdsHeadline.Contains(node.Index) && node.Chars <= largest
                && DateZones.IsFurniture(node, article is not null && node.Index > article.Index && node.Index < article.End, memo))
            {
                position += TextChars(tree, node);
                i = node.End - 1;
                continue;
            }

            ReadAttributes(tree, node, position, order, reference);
        }

        _read = new bool[_pending.Count];
    }

    public List<DateCandidate> Attributes { get; } = new List<DateCandidate>();

    /// <summary>The date lines read so far: those of the headline's zone, or all of them.</summary>
    public List<DateCandidate> Lines(bool headerZone)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            if (!_read[i] && (!headerZone || InZone(_pending[i].Position)))
            {
                _read[i] = true;
                ReadLine(_pending[i].Line, _pending[i].Text, _pending[i].Position);
            }
        }

        return _lines;
    }

    /// <summary>The published date nearest the headline (within its zone when asked), or the first on the page when there is no headline.</summary>
    public DateTimeOffset? Best(bool attributes, bool headerZone)
    {
        if (headerZone && _anchor < 0)
        {
            return null;
        }

        DateCandidate? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in attributes ? Attributes : Lines(headerZone))
        {
            if (candidate.Modified || (headerZone && !InZone(candidate.Position)))
            {
                continue;
            }

            var score = Distance(candidate.Position) + (candidate.Hinted ? 0 : PublishDateResolver.UnhintedLinePenalty);
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best?.Value;
    }

    /// <summary>The days the headline's zone shows (attributes and lines, published ones only).</summary>
    public IEnumerable<DateTimeOffset> HeaderDays() =>
        _anchor < 0 ? Enumerable.Empty<DateTimeOffset>() : Attributes.Concat(Lines(headerZone: true)).Where(c => !c.Modified && InZone(c.Position)).Select(c => c.Value);

    /// <summary>An update date nearest the headline, attribute or line.</summary>
    public DateTimeOffset? BestModified()
    {
        DateCandidate? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in Attributes.Concat(Lines(headerZone: false)))
        {
            if (candidate.Modified && Distance(candidate.Position) < bestScore)
            {
                best = candidate;
                bestScore = Distance(candidate.Position);
            }
        }

        return best?.Value;
    }

    private bool InZone(int position) => position >= _anchor ? position - _anchor <= PublishDateResolver.HeaderZoneAfter : _anchor - position <= PublishDateResolver.HeaderZoneBefore;

    private int Distance(int position) =>
        _anchor < 0 ? position : position >= _anchor ? position - _anchor : (_anchor - position) * PublishDateResolver.BeforeHeadlineWeight;

    private void ReadAttributes(PageTree tree, PageNode node, int position, DayOrder order, DateTimeOffset reference)
    {
        if (node.Source is not { HasAttributes: true } source)
        {
            return;
        }

        // One walk over the attributes (a lookup by name lower-cases the name on every call).
        string? datetime = null;
        string? title = null;
        foreach (var attribute in source.Attributes)
        {
            if (attribute.Name.Equals("datetime", StringComparison.OrdinalIgnoreCase))
            {
                datetime = attribute.Value;
            }
            else if (attribute.Name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                title = attribute.Value;
            }
        }

        string? value = null;
        if (datetime is not null && node.Tag != "del" && node.Tag != "ins")
        {
            value = HtmlText.Decode(datetime);
        }

        if (string.IsNullOrWhiteSpace(value) && title is not null && title.Any(char.IsDigit)
            && (node.Tag == "abbr" || node.Tag == "time" || (node.Hint.Length > 0 && DateZones.IsDateName(node.Hint))))
        {
            value = HtmlText.Decode(title);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var date = DateValue.Parse(value, order);
        if (date is null)
        {
            var texts = DateText.FindAll(value, order, reference, allowShortYear: false);
            date = texts.Count > 0 ? texts[0].Value : null;
        }

        if (date is { } found && found <= reference)
        {
            var modified = DateZones.IsUpdateLabel(node.Hint) || DateZones.IsUpdateLabel(node.ItemProp) || DateZones.IsUpdateLabel(DateZones.LabelBefore(tree, node, PublishDateResolver.MaxLabelChars));
            Attributes.Add(new DateCandidate(found, position, hinted: true, modified));
        }
    }

    private static int TextChars(PageTree tree, PageNode node)
    {
        var chars = 0;
        for (var i = node.Index; i < node.End; i++)
        {
            if (tree.Nodes[i].IsText)
            {
                chars += tree.Nodes[i].OwnChars;
            }
        }

        return chars;
    }

    /// <summary>Notes the short line around a text node that may state a date; <paramref name="position"/> is the text node's.</summary>
    private void FindLine(PageTree tree, PageNode text, HashSet<int> lines, int position)
    {
        if (text.OwnChars < 6 || !HasDigit(text))
        {
            return;
        }

        // The line is the largest element around the text that is still short; a long paragraph is read only at its start (a dateline).
        PageNode line = text;
        for (var p = text.Parent; p is not null && p.Chars <= PublishDateResolver.MaxDateLineChars && p.Tag != "body"; p = p.Parent)
        {
            line = p;
        }

        if (lines.Add(line.Index) && DigitsIn(tree, line) >= PublishDateResolver.MinDateDigits)
        {
            _pending.Add((line, text, position));
        }
    }

    private void ReadLine(PageNode line, PageNode text, int position)
    {
        var tree = _tree;
        var lineText = DateZones.Text(tree, line);
        var startOnly = line.IsText && line.OwnChars > PublishDateResolver.MaxDateLineChars;
        var dates = DateText.FindAll(startOnly ? Head(lineText, PublishDateResolver.MaxLabelChars) : lineText, _order, _reference, allowShortYear: !startOnly);
        var hinted = IsHinted(line) || IsHinted(text.Parent);
        var previousEnd = 0;
        foreach (var date in dates)
        {
            var label = lineText.Substring(previousEnd, Math.Max(0, date.Index - previousEnd));
            previousEnd = date.Index + date.Length;
            var modified = DateZones.IsUpdateLabel(label.Length > PublishDateResolver.MaxLabelChars ? label.Substring(label.Length - PublishDateResolver.MaxLabelChars) : label)
                || (!line.IsText && DateZones.IsUpdateLabel(line.Hint));
            if (!modified && label.Length == 0 && dates.Count == 1 && !line.IsText)
            {
                modified = DateZones.IsUpdateLabel(DateZones.LabelBefore(tree, line, PublishDateResolver.MaxLabelChars));
            }

            _lines.Add(new DateCandidate(date.Value, position, hinted, modified));
        }
    }

    private static string Head(string text, int chars) => text.Length <= chars ? text : text.Substring(0, chars);

    private static bool IsHinted(PageNode? node)
    {
        for (var p = node; p is not null && p.Chars <= PublishDateResolver.MaxDateLineChars; p = p.Parent)
        {
            if (p.Tag == "time" || (p.Hint.Length > 0 && DateZones.IsDateName(p.Hint)) || p.ItemProp.IndexOf("date", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int DigitsIn(PageTree tree, PageNode line)
    {
        var digits = 0;
        for (var i = line.Index; i < (line.IsText ? line.Index + 1 : line.End); i++)
        {
            var node = tree.Nodes[i];
            if (node.IsText)
            {
                var end = node.RawStart + node.RawLength;
                for (var j = node.RawStart; j < end; j++)
                {
                    if (char.IsDigit(node.Page[j]))
                    {
                        digits++;
                    }
                }
            }
        }

        return digits;
    }

    private static bool HasDigit(PageNode text)
    {
        var page = text.Page;
        var end = text.RawStart + text.RawLength;
        for (var i = text.RawStart; i < end; i++)
        {
            var c = page[i];
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
