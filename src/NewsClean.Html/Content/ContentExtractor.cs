using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>
/// Finds the article container and reads its blocks. Paragraph-like runs of text score their ancestors by length
/// and punctuation (Latin and Arabic commas and stops); class, id and role names and semantic tags weigh in; link
/// density discounts. The best container is widened to its ancestors and siblings when they hold more of the
/// story, and then cleaned of furniture (share bars, tag lists, related and comment blocks, link-heavy lists).
/// A result under <see cref="CharThreshold"/> characters is retried with fewer heuristics, as Readability does.
/// </summary>
internal static class ContentExtractor
{
    private const int CharThreshold = 500;

    [Flags]
    private enum Heuristics
    {
        None = 0,
        StripUnlikely = 1,
        WeightClasses = 2,
        CleanConditionally = 4,
        All = StripUnlikely | WeightClasses | CleanConditionally,
    }

    public static List<ContentBlock> Extract(PageTree tree, string? title)
    {
        var heuristics = Heuristics.All;
        List<ContentBlock>? best = null;
        var bestLength = -1;
        while (true)
        {
            var blocks = new Attempt(tree, heuristics, title).Run();
            var length = blocks.Sum(b => b.Text.Length);
            if (length >= CharThreshold)
            {
                return blocks;
            }

            if (length > bestLength)
            {
                best = blocks;
                bestLength = length;
            }

            if ((heuristics & Heuristics.StripUnlikely) != 0)
            {
                heuristics &= ~Heuristics.StripUnlikely;
            }
            else if ((heuristics & Heuristics.WeightClasses) != 0)
            {
                heuristics &= ~Heuristics.WeightClasses;
            }
            else if ((heuristics & Heuristics.CleanConditionally) != 0)
            {
                heuristics &= ~Heuristics.CleanConditionally;
            }
            else
            {
                return best!;
            }
        }
    }

    private sealed class Attempt
    {
        private const int TopCandidateCount = 5;
        private const int MinimumRunChars = 25;

        private readonly PageTree _tree;
        private readonly Heuristics _heuristics;
        private readonly string? _title;
        private readonly bool[] _removed;
        private readonly double[] _score;
        private readonly bool[] _scored;
        private PageNode? _best;
        private int _rootChars;

        public Attempt(PageTree tree, Heuristics heuristics, string? title)
        {
            _tree = tree;
            _heuristics = heuristics;
            _title = title;
            var count = tree.Nodes.Count;
            _removed = new bool[count];
            _score = new double[count];
            _scored = new bool[count];
        }

        private bool StripUnlikely => (_heuristics & Heuristics.StripUnlikely) != 0;

        private bool WeightClasses => (_heuristics & Heuristics.WeightClasses) != 0;

        private bool CleanConditionally => (_heuristics & Heuristics.CleanConditionally) != 0;

        public List<ContentBlock> Run()
        {
            var root = _tree.Root;
            MarkUnlikely(root, false);

            PageTree.Measure(root, _removed);
            ScoreRuns(root);
            var roots = ChooseRoots(root);
            foreach (var node in roots)
            {
                _rootChars = node.Chars;
                Clean(node);
            }

            return BlockWriter.Write(_tree, roots.Where(r => !_removed[r.Index]), _removed, _title);
        }

        private void MarkUnlikely(PageNode node, bool inTableOrCode)
        {
            foreach (var child in node.Children)
            {
                if (child.IsText)
                {
                    continue;
                }

                // Comment threads are never article text; other furniture only while the strictest heuristics run.
                if (!inTableOrCode && ((StripUnlikely && ClassHints.IsUnlikely(child)) || ClassHints.IsCommentThreadContainer(child)))
                {
                    _removed[child.Index] = true;
                    continue;
                }

                MarkUnlikely(child, inTableOrCode || child.Tag == "table" || child.Tag == "code");
            }
        }

        private void ScoreRuns(PageNode node)
        {
            int chars = 0, commas = 0;
            foreach (var child in node.Children)
            {
                if (_removed[child.Index])
                {
                    continue;
                }

                if (child.IsText || (!child.IsBlock && !child.HasBlockDescendant))
                {
                    chars += child.Chars;
                    commas += child.Commas;
                    continue;
                }

                ScoreRun(node, chars, commas);
                chars = 0;
                commas = 0;
                if (child.Tag != "br")
                {
                    ScoreRuns(child);
                }
            }

            ScoreRun(node, chars, commas);
        }

        /// <summary>
        /// One paragraph's worth, as Readability counts it: 1 + commas (Latin, Arabic, CJK) + a point per 100 characters (up
        /// to 3). Sentence stops are not scored here (weighting them moved the choice to prose around the story on the
        /// English benchmark); they decide whether a short sibling paragraph is prose.
        /// </summary>
        private void ScoreRun(PageNode owner, int chars, int commas)
        {
            if (chars < MinimumRunChars || !Scores(owner.Tag))
            {
                return;
            }

            var contentScore = 1.0 + commas + Math.Min(chars / 100, 3);
            var node = Tags.ParagraphLike.Contains(owner.Tag) ? owner.Parent : owner;
            for (var level = 0; node is not null && level < 5; level++, node = node.Parent)
            {
                Initialize(node);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                _score[node.Index] += contentScore / divider;
            }
        }

        /// <summary>Text directly in these elements is not a paragraph of the article (list items, captions, cells of a header row).</summary>
        private static bool Scores(string tag) =>
            tag != "li" && tag != "dd" && tag != "dt" && tag != "figcaption" && tag != "caption" && tag != "th" && tag != "h1"
            && tag != "address" && tag != "legend" && tag != "summary" && tag != "ul" && tag != "ol" && tag != "dl" && tag != "a"
            && tag != "table" && tag != "tbody" && tag != "thead" && tag != "tr" && tag != "nav" && tag != "footer" && tag != "aside";

        private void Initialize(PageNode node)
        {
            if (_scored[node.Index])
            {
                return;
            }

            _scored[node.Index] = true;
            double score;
            switch (node.Tag)
            {
                case "div":
                    score = 5;
                    break;
                case "pre":
                case "td":
                case "blockquote":
                    score = 3;
                    break;
                case "address":
                case "ol":
                case "ul":
                case "dl":
                case "dd":
                case "dt":
                case "li":
                case "form":
                    score = -3;
                    break;
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                case "h5":
                case "h6":
                case "th":
                    score = -5;
                    break;
                default:
                    score = 0;
                    break;
            }

            if (WeightClasses)
            {
                score += ClassHints.Weight(node);
            }

            _score[node.Index] = score;
        }

        private List<PageNode> ChooseRoots(PageNode root)
        {
            var candidates = new List<PageNode>();
            foreach (var node in _tree.Nodes)
            {
                if (_scored[node.Index] && !IsRemoved(node))
                {
                    _score[node.Index] *= 1 - PageTree.LinkDensity(node);
                    candidates.Add(node);
                }
            }

            var top = candidates.OrderByDescending(n => _score[n.Index]).Take(TopCandidateCount).ToList();
            if (top.Count == 0 || ReferenceEquals(top[0], root))
            {
                return new List<PageNode> { root };
            }

            var best = PreferCommonAncestor(top[0], top, root);
            best = ClimbToBetterParent(best, root);
            while (best.Parent is not null && !ReferenceEquals(best.Parent, root) && ElementChildCount(best.Parent) == 1)
            {
                best = best.Parent;
            }

            Initialize(best);
            _best = best;
            return WithSiblings(best);
        }

        /// <summary>When several near-best candidates share an ancestor, the article is that ancestor.</summary>
        private PageNode PreferCommonAncestor(PageNode best, List<PageNode> top, PageNode root)
        {
            var bestScore = _score[best.Index];
            var ancestorLists = new List<HashSet<PageNode>>();
            for (var i = 1; i < top.Count; i++)
            {
                // Only candidates that hold text count: a tiny box named "content" scores by its name alone.
                if (bestScore > 0 && _score[top[i].Index] / bestScore >= 0.75 && top[i].Chars * 4 >= best.Chars)
                {
                    var ancestors = new HashSet<PageNode>();
                    for (var p = top[i].Parent; p is not null; p = p.Parent)
                    {
                        ancestors.Add(p);
                    }

                    ancestorLists.Add(ancestors);
                }
            }

            const int minimumCandidates = 3;
            if (ancestorLists.Count < minimumCandidates)
            {
                return best;
            }

            for (var parent = best.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
            {
                var containing = ancestorLists.Count(list => list.Contains(parent));
                if (containing >= minimumCandidates)
                {
                    Initialize(parent);
                    return parent;
                }
            }

            return best;
        }

        private PageNode ClimbToBetterParent(PageNode best, PageNode root)
        {
            Initialize(best);
            var lastScore = _score[best.Index];
            var threshold = lastScore / 3;
            for (var parent = best.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
            {
                if (!_scored[parent.Index])
                {
                    continue;
                }

                var parentScore = _score[parent.Index];
                if (parentScore < threshold)
                {
                    break;
                }

                if (parentScore > lastScore)
                {
                    return parent;
                }

                lastScore = parentScore;
            }

            return best;
        }

        private List<PageNode> WithSiblings(PageNode best)
        {
            var parent = best.Parent;
            if (parent is null)
            {
                return new List<PageNode> { best };
            }

            var bestScore = _score[best.Index];
            var threshold = Math.Max(10, bestScore * 0.2);
            var reference = Math.Max(bestScore, BestInside(best));
            var roots = new List<PageNode>();
            foreach (var sibling in parent.Children)
            {
                if (sibling.IsText || _removed[sibling.Index])
                {
                    continue;
                }

                if (ReferenceEquals(sibling, best))
                {
                    roots.Add(sibling);
                    continue;
                }

                var bonus = best.Class.Length > 0 && sibling.Class == best.Class ? bestScore * 0.2 : 0;
                if (_scored[sibling.Index] && _score[sibling.Index] + bonus >= threshold)
                {
                    roots.Add(sibling);
                    continue;
                }

                // A part of the story wrapped deeper than its siblings: its paragraphs scored a box inside it, not it.
                if (PageTree.LinkDensity(sibling) < 0.25 && BestInside(sibling) >= 0.4 * reference)
                {
                    roots.Add(sibling);
                    continue;
                }

                if (sibling.Tag == "p" || (sibling.Tag == "div" && !sibling.HasBlockDescendant))
                {
                    var density = PageTree.LinkDensity(sibling);
                    var length = sibling.Chars;
                    if (length > 80 && density < 0.25)
                    {
                        roots.Add(sibling);
                    }
                    else if (length > 0 && length <= 80 && density == 0 && EndsSentence(sibling))
                    {
                        roots.Add(sibling);
                    }
                }
            }

            return roots;
        }

        /// <summary>The best score of a candidate inside <paramref name="node"/> (not counting it).</summary>
        private double BestInside(PageNode node)
        {
            var best = 0.0;
            for (var i = node.Index + 1; i < node.End; i++)
            {
                if (_scored[i] && !_removed[i] && _score[i] > best)
                {
                    best = _score[i];
                }
            }

            return best;
        }

        /// <summary>A short paragraph that holds a sentence stop (. ! ? ؟ ؛ 。) is prose, not a label.</summary>
        private bool EndsSentence(PageNode node) => node.Stops > 0 && TextToolsEndsSentence(BlockWriter.PlainText(node, _removed));

        private bool IsRemoved(PageNode node)
        {
            for (var n = node; n is not null; n = n.Parent)
            {
                if (_removed[n.Index])
                {
                    return true;
                }
            }

            return false;
        }

        private int ElementChildCount(PageNode node)
        {
            var count = 0;
            foreach (var child in node.Children)
            {
                if (!child.IsText && !_removed[child.Index])
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Post-order: children are cleaned (and re-measured) before their parent is judged.</summary>
        private void Clean(PageNode node)
        {
            foreach (var child in node.Children)
            {
                if (!child.IsText && !_removed[child.Index])
                {
                    Clean(child);
                }
            }

            RemoveCommentPreambles(node);
            RemoveListLabels(node);
            PageTree.Aggregate(node, _removed);
            if (ShouldRemove(node))
            {
                _removed[node.Index] = true;
            }
        }

        /// <summary>The short heading or label just above a list of links ("More stories", "Related") goes with it.</summary>
        private void RemoveListLabels(PageNode node)
        {
            PageNode? previous = null;
            foreach (var child in node.Children)
            {
                if (child.IsText)
                {
                    continue;
                }

                if (previous is not null && !_removed[previous.Index] && _removed[child.Index] && IsLinkList(child)
                    && previous.Chars is > 0 and < 60 && previous.ParagraphTags <= 1 && !HoldsBest(previous)
                    && !TextToolsEndsSentence(BlockWriter.PlainText(previous, _removed)))
                {
                    _removed[previous.Index] = true;
                }

                previous = child;
            }
        }

        private static bool TextToolsEndsSentence(string text)
        {
            var trimmed = text.TrimEnd();
            if (trimmed.Length == 0)
            {
                return false;
            }

            var last = trimmed[trimmed.Length - 1];
            return last == '.' || last == '!' || last == '?' || last == '؟' || last == '؛' || last == '。' || last == '»' || last == '"' || last == '”';
        }

        /// <summary>The note or heading just above a comment thread ("Comments", a posting policy) belongs to the thread.</summary>
        private void RemoveCommentPreambles(PageNode node)
        {
            PageNode? previous = null;
            foreach (var child in node.Children)
            {
                if (child.IsText)
                {
                    continue;
                }

                if (previous is not null && !_removed[previous.Index] && !HoldsBest(previous) && ClassHints.IsCommentThread(child)
                    && previous.Chars < 600 && ClassHints.MentionsComments(BlockWriter.PlainText(previous, _removed)))
                {
                    _removed[previous.Index] = true;
                }

                previous = child;
            }
        }

        private bool HoldsBest(PageNode node)
        {
            for (var n = _best; n is not null; n = n.Parent)
            {
                if (ReferenceEquals(n, node))
                {
                    return true;
                }
            }

            return false;
        }

        private bool ShouldRemove(PageNode node)
        {
            switch (node.Tag)
            {
                case "footer":
                case "aside":
                case "nav":
                    return true;
                case "form":
                case "fieldset":
                    return CleanConditionally && ShouldRemoveConditionally(node);
                case "h1":
                case "h2":
                    return WeightClasses && ClassHints.Weight(node) < 0;
            }

            if (ClassHints.IsShareElement(node) && node.Chars < 500)
            {
                return true;
            }

            if (IsLinkList(node))
            {
                return true;
            }

            // Furniture by name (share bars, tag lists, newsletter boxes, ad slots) holding a small part of the container.
            if (WeightClasses && ClassHints.IsFurniture(node) && node.Chars * 4 < _rootChars && !HoldsBest(node))
            {
                return true;
            }

            if (node.Tag == "table" || node.Tag == "ul" || (node.Tag == "div" && node.HasBlockDescendant))
            {
                return CleanConditionally && ShouldRemoveConditionally(node);
            }

            return false;
        }

        /// <summary>A list whose items are links and nothing else: related stories, not the article's own list.</summary>
        private static bool IsLinkList(PageNode node) =>
            (node.Tag == "ul" || node.Tag == "ol") && node.ListItems >= 2 && PageTree.LinkDensity(node) >= 0.8;

        private bool ShouldRemoveConditionally(PageNode node)
        {
            var tag = node.Tag;
            var isList = tag == "ul" || tag == "ol";
            if (!isList && node.Chars > 0 && node.ListItemChars > 0.9 * node.Chars)
            {
                isList = true;
            }

            if ((tag == "table" && IsDataTable(node)) || ClassHints.IsEmbeddedPost(node))
            {
                return false;
            }

            for (var p = node.Parent; p is not null; p = p.Parent)
            {
                if ((p.Tag == "table" && IsDataTable(p)) || p.Tag == "code")
                {
                    return false;
                }
            }

            var weight = WeightClasses ? ClassHints.Weight(node) : 0;
            if (weight < 0)
            {
                return true;
            }

            if (node.Commas >= 10)
            {
                return false;
            }

            var paragraphs = node.ParagraphTags;
            var images = node.Images;
            var listItems = node.ListItems - 100;
            var inputs = node.Inputs;
            var chars = node.Chars;
            var headingDensity = chars == 0 ? 0 : (double)node.HeadingChars / chars;
            var linkDensity = PageTree.LinkDensity(node);
            var textDensity = chars == 0 ? 0 : (double)node.TextishChars / chars;
            var isFigureChild = node.HasAncestor("figure");
            var embeds = node.Embeds;

            var remove =
                (!isFigureChild && images > 1 && (double)paragraphs / images < 0.5)
                || (!isList && listItems > paragraphs)
                || (inputs > paragraphs / 3)
                || (!isList && !isFigureChild && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (embeds == 1 && chars < 75) || embeds > 1
                || (images == 0 && textDensity == 0);

            if (isList && remove)
            {
                foreach (var child in node.Children)
                {
                    if (!child.IsText && !_removed[child.Index] && ElementChildCount(child) > 1)
                    {
                        return true;
                    }
                }

                if (images == node.ListItems)
                {
                    return false;
                }
            }

            return remove;
        }

        private bool IsDataTable(PageNode table)
        {
            if (table.Role == "presentation" || table.Attribute("datatable") == "0")
            {
                return false;
            }

            if (table.Attribute("summary").Length > 0)
            {
                return true;
            }

            int rows = 0, columns = 0;
            var stack = new Stack<PageNode>();
            stack.Push(table);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                foreach (var child in node.Children)
                {
                    if (child.IsText)
                    {
                        continue;
                    }

                    switch (child.Tag)
                    {
                        case "caption":
                            if (child.Chars > 0)
                            {
                                return true;
                            }

                            break;
                        case "col":
                        case "colgroup":
                        case "tfoot":
                        case "thead":
                        case "th":
                            return true;
                        case "table":
                            return false;
                        case "tr":
                            rows++;
                            var cells = child.Children.Count(c => c.Tag == "td");
                            columns = Math.Max(columns, cells);
                            break;
                    }

                    stack.Push(child);
                }
            }

            return rows >= 10 || columns > 4 || rows * columns > 10;
        }
    }
}
