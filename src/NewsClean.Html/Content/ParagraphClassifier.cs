using System.Collections.Generic;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>
/// The second content strategy, independent of the container scorer: every block of the page is judged on its own
/// text, as jusText does. Long blocks dense in the language's function words and poor in links are prose; link-heavy
/// and function-word-poor blocks are furniture; short and borderline blocks take the class of their neighbours, and
/// a heading takes the class of the paragraph under it. It knows no class names, so a page whose markup misleads the
/// scorer (an ad box opening the article, a story split over sibling boxes, a documentation page with no article
/// element) does not mislead it.
/// </summary>
internal static class ParagraphClassifier
{
    internal enum Verdict
    {
        Bad,
        Short,
        NearGood,
        Good,
    }

    /// <summary>Every block of the page outside elements that are furniture by their tag or role.</summary>
    public static List<ContentBlock> PageBlocks(PageTree tree, string? title)
    {
        PageTree.Measure(tree.Root, tree.NothingRemoved);
        return BlockWriter.Write(tree, new[] { tree.Root }, FurnitureByTag(tree), title);
    }

    /// <summary>The blocks of <see cref="PageBlocks"/> written from the text before page offset <paramref name="limit"/> only (the lead search's).</summary>
    public static List<ContentBlock> PageBlocksBefore(PageTree tree, string? title, int limit)
    {
        PageTree.Measure(tree.Root, tree.NothingRemoved);
        var removed = FurnitureByTag(tree);
        foreach (var node in tree.Nodes)
        {
            if (node.IsText && node.PageOffset >= limit)
            {
                removed[node.Index] = true;
            }
        }

        return BlockWriter.Write(tree, new[] { tree.Root }, removed, title);
    }

    /// <summary>
    /// The cheap pre-pass: characters (not white space) of the text the classifier reads that are not link text, taken
    /// from the element measures without writing a block. It leaves the tree measured as <see cref="PageBlocks"/> needs.
    /// </summary>
    public static double ReadableProseChars(PageTree tree)
    {
        PageTree.Measure(tree.Root, FurnitureByTag(tree));
        var prose = tree.Root.Chars - tree.Root.LinkChars;
        PageTree.Measure(tree.Root, tree.NothingRemoved);
        return prose;
    }

    /// <summary>Elements furniture by their tag or role (navigation, asides, footers, comment threads), with everything inside.</summary>
    private static bool[] FurnitureByTag(PageTree tree)
    {
        var removed = new bool[tree.Nodes.Count];
        var nodes = tree.Nodes;
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (!node.IsText && IsFurnitureByTag(node))
            {
                for (var i = node.Index; i < node.End; i++)
                {
                    removed[i] = true;
                }

                n = node.End - 1;
            }
        }

        return removed;
    }

    /// <summary>The blocks classified as article text, in page order.</summary>
    public static List<ContentBlock> Extract(IReadOnlyList<ContentBlock> blocks, BlockProfiler profiler)
    {
        var verdicts = Classify(blocks, profiler);
        var kept = new List<ContentBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (verdicts[i] == Verdict.Good)
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }

    /// <summary>A block that reads as a paragraph of prose on its own (good or near-good before context is applied).</summary>
    public static bool IsArticleLike(BlockProfile profile, bool hasWordList) => Initial(profile, hasWordList) >= Verdict.NearGood;

    public static Verdict[] Classify(IReadOnlyList<ContentBlock> blocks, BlockProfiler profiler)
    {
        var hasWords = profiler.Words is not null;
        var initial = new Verdict[blocks.Count];
        var linked = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var profile = profiler.Profile(blocks[i]);
            initial[i] = Initial(profile, hasWords);
            linked[i] = profile.LinkDensity > ContentSettings.MaxLinkDensity;
        }

        var final = (Verdict[])initial.Clone();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (initial[i] == Verdict.Short)
            {
                final[i] = ShortInContext(initial, i);
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (initial[i] == Verdict.NearGood)
            {
                var previous = Neighbour(final, i, -1, true);
                var next = Neighbour(final, i, 1, true);
                final[i] = previous == Verdict.Bad && next == Verdict.Bad ? Verdict.Bad : Verdict.Good;
            }
        }

        PromoteHeadings(blocks, final, linked);
        return final;
    }

    private static Verdict Initial(BlockProfile profile, bool hasWords)
    {
        if (profile.LinkDensity > ContentSettings.MaxLinkDensity)
        {
            return Verdict.Bad;
        }

        if (profile.Chars < ContentSettings.ShortBlockChars)
        {
            return profile.LinkChars > 0 ? Verdict.Bad : Verdict.Short;
        }

        var density = hasWords ? profile.StopWordDensity : 1.0;
        if (density >= ContentSettings.StopWordsHigh)
        {
            return profile.Chars > ContentSettings.LongBlockChars ? Verdict.Good : Verdict.NearGood;
        }

        return density >= ContentSettings.StopWordsLow ? Verdict.NearGood : Verdict.Bad;
    }

    /// <summary>jusText's rule for short blocks: good between good ones, and next to a near-good one on a good side.</summary>
    private static Verdict ShortInContext(Verdict[] initial, int index)
    {
        var previous = Neighbour(initial, index, -1, true);
        var next = Neighbour(initial, index, 1, true);
        if (previous == Verdict.Good && next == Verdict.Good)
        {
            return Verdict.Good;
        }

        if (previous == Verdict.Bad && next == Verdict.Bad)
        {
            return Verdict.Bad;
        }

        if (previous == Verdict.Bad)
        {
            return Neighbour(initial, index, -1, false) == Verdict.NearGood ? Verdict.Good : Verdict.Bad;
        }

        return Neighbour(initial, index, 1, false) == Verdict.NearGood ? Verdict.Good : Verdict.Bad;
    }

    /// <summary>The nearest neighbour that is not short (nor near-good, when asked); the page's edges count as bad.</summary>
    private static Verdict Neighbour(Verdict[] verdicts, int index, int step, bool skipNearGood)
    {
        for (var i = index + step; i >= 0 && i < verdicts.Length; i += step)
        {
            var verdict = verdicts[i];
            if (verdict == Verdict.Short || (skipNearGood && verdict == Verdict.NearGood))
            {
                continue;
            }

            return verdict;
        }

        return Verdict.Bad;
    }

    /// <summary>A heading with a good paragraph close under it (before the next heading) is that section's subheading.</summary>
    private static void PromoteHeadings(IReadOnlyList<ContentBlock> blocks, Verdict[] verdicts, bool[] linked)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != ContentBlockKind.Heading || verdicts[i] == Verdict.Good || linked[i])
            {
                continue;
            }

            var distance = 0;
            for (var j = i + 1; j < blocks.Count && distance <= ContentSettings.MaxHeadingDistance; j++)
            {
                if (blocks[j].Kind == ContentBlockKind.Heading)
                {
                    break;
                }

                if (verdicts[j] == Verdict.Good)
                {
                    verdicts[i] = Verdict.Good;
                    break;
                }

                distance += blocks[j].Text.Length;
            }
        }
    }

    /// <summary>Which blocks lie inside a small box named as furniture (see <see cref="IsNamedFurnitureBox"/>).</summary>
    public static bool[] InFurnitureBoxes(PageTree tree, IReadOnlyList<ContentBlock> blocks, int limit = int.MaxValue)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var nodes = tree.Nodes;
        for (var n = 0; n < nodes.Count; n++)
        {
            // An element without text holds no block; the boxes inside a box are within its range (skipped whole).
            // Past a text node at the limit every element starts later (page order): none holds an earlier block.
            var node = nodes[n];
            if (node.IsText && node.PageOffset >= limit)
            {
                break;
            }

            if (!node.IsText && node.Chars > 0 && IsNamedFurnitureBox(node) && TextRange(tree, node, out var start, out var end))
            {
                starts.Add(start);
                ends.Add(end);
                n = node.End - 1;
            }
        }

        var inside = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var index = starts.BinarySearch(blocks[i].Start);
            index = index < 0 ? ~index - 1 : index;
            inside[i] = index >= 0 && blocks[i].Start < ends[index];
        }

        return inside;
    }

    /// <summary>Page offsets from the first to past the last character of the text nodes below <paramref name="node"/>.</summary>
    private static bool TextRange(PageTree tree, PageNode node, out int start, out int end)
    {
        start = -1;
        end = -1;
        for (var i = node.Index + 1; i < node.End; i++)
        {
            var text = tree.Nodes[i];
            if (text.IsText)
            {
                start = start < 0 ? text.PageOffset : start;
                end = text.PageOffset + text.RawLength;
            }
        }

        return start >= 0;
    }

    /// <summary>
    /// A small box named as furniture (a newsletter form, an author box, a share bar): the one place the classifier
    /// reads a name, so that it never offers back what the container scorer removed on purpose. Large elements are
    /// not judged by name (a page wrapper called "tools-layout" holds the story too).
    /// </summary>
    private static bool IsNamedFurnitureBox(PageNode node) =>
        node.Chars < ContentSettings.FurnitureBoxMaxChars && node.Tag != "body" && ClassHints.IsFurniture(node) && !ClassHints.IsEmbeddedPost(node);

    private static bool IsFurnitureByTag(PageNode node) =>
        node.Tag == "nav" || node.Tag == "aside" || node.Tag == "footer" || ClassHints.IsUnlikelyRole(node.Role) || ClassHints.IsCommentThreadContainer(node);
}
