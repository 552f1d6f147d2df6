using System.Collections.Generic;
using System.Linq;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>What the arbitration chose, and why.</summary>
internal sealed class ContentChoice
{
    public ContentChoice(List<ContentBlock> blocks, ContentStrategy strategy, int containerChars, int classifierChars, int lostChars)
    {
        Blocks = blocks;
        Strategy = strategy;
        ContainerChars = containerChars;
        ClassifierChars = classifierChars;
        LostChars = lostChars;
    }

    public List<ContentBlock> Blocks { get; }

    public ContentStrategy Strategy { get; }

    /// <summary>Characters of article-like paragraphs the container scorer kept.</summary>
    public int ContainerChars { get; }

    /// <summary>Characters of article-like paragraphs in the chosen blocks when the classifier contributed (-1 when its paragraphs were not taken).</summary>
    public int ClassifierChars { get; }

    /// <summary>Characters of the classifier's article-like paragraphs that the container scorer did not keep.</summary>
    public int LostChars { get; }
}

/// <summary>
/// Runs the content strategies and arbitrates between them, as trafilatura checks its own result against
/// readability- and jusText-style extractions. The container scorer goes first: it knows the page's structure and
/// keeps subheadings, lists and tables that a paragraph classifier drops. The paragraph classifier then judges every
/// block of the page on its own text. Where the scorer kept nothing, the classifier's blocks are the content. Where it
/// kept the story only in part, the classifier shows what it lost: good paragraphs in the scorer's stretch of the
/// page, or joined to it by nothing but short or plain blocks (<see cref="ContentSettings.MaxGapChars"/> at most,
/// and no link-heavy block: a list of links or a linked headline ends the story; nor a small box named as furniture,
/// a newsletter form or an author box, which the scorer removed on purpose). When those lost paragraphs hold at
/// least <see cref="ContentSettings.MinLostChars"/> characters and <see cref="ContentSettings.MinLostShare"/> of
/// the scorer's own article-like text, they are added to its blocks in page order; otherwise the scorer's result
/// stands. Paragraphs the classifier finds elsewhere on the page (teasers of other stories, a sidebar, a notice) are
/// never taken: two strategies that keep different texts disagree on what the article is. Last, the story's lead is
/// looked for just above the chosen blocks (see <see cref="LeadBefore"/>).
/// </summary>
internal static class ContentSelector
{
    public static ContentChoice Select(PageTree tree, string? title, string? language, string? description = null)
    {
        var choice = Arbitrate(tree, title, language, description, out var pageBlocks, out var vetoed, out var profiler);
        var lead = LeadBefore(choice.Blocks, pageBlocks, vetoed, profiler, description);
        if (lead is not null)
        {
            choice.Blocks.Insert(0, lead);
        }

        return choice;
    }

    /// <summary>
    /// The test that lets the container scorer's result stand without running the classifier (the classifier costs about
    /// as much as the scorer): the page's readable prose outside the scorer's blocks (<see
    /// cref="ParagraphClassifier.ReadableProseChars"/> less the blocks' own, times <see
    /// cref="ContentSettings.OutsideProseSlack"/> for white space and rounding) is under what the arbitration needs to add
    /// anything (<see cref="ContentSettings.MinLostChars"/>, or <see cref="ContentSettings.MinLostShare"/> of the scorer's
    /// prose). Whether a lead may be missing (the page's description is not in the scorer's first blocks, and the text above
    /// the story holds its words) is told apart: then only the lead search runs, on the page's blocks.
    /// </summary>
    private static bool LooksComplete(PageTree tree, List<ContentBlock> container, BlockProfiler profiler, string? description, out bool leadMayBeMissing)
    {
        leadMayBeMissing = !string.IsNullOrWhiteSpace(description) && description!.Length >= ContentSettings.LeadMinChars && !HoldsLead(container, description)
            && LeadMayPrecede(tree, container[0].Start, description);
        var inside = 0.0;
        foreach (var block in container)
        {
            inside += NonSpaceChars(block.Text) - profiler.LinkCharsOf(block);
        }

        var outside = (ParagraphClassifier.ReadableProseChars(tree) - inside) * ContentSettings.OutsideProseSlack;
        return outside < ContentSettings.MinLostChars || outside < ContentSettings.MinLostShare * inside;
    }

    /// <summary>
    /// Whether a block above the story could be its lead: the words of all the page's text before the story must cover
    /// <see cref="ContentSettings.LeadCoverage"/> of the description, as a lead block's own words must (a block's words
    /// are among them, so when the whole text falls short every block does).
    /// </summary>
    private static bool LeadMayPrecede(PageTree tree, int storyStart, string description)
    {
        var wanted = new HashSet<string>(TextSimilarity.Tokens(description), System.StringComparer.Ordinal);
        var found = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var node in tree.Nodes)
        {
            if (!node.IsText || node.OwnChars == 0)
            {
                continue;
            }

            if (node.PageOffset >= storyStart)
            {
                continue;
            }

            var raw = node.Raw;
            foreach (var token in TextSimilarity.Tokens(raw.IndexOf('&') >= 0 ? HtmlText.Decode(raw) : raw))
            {
                if (wanted.Contains(token))
                {
                    found.Add(token);
                }
            }
        }

        var all = TextSimilarity.Tokens(description);
        var missing = all.Where(t => !found.Contains(t)).ToList();
        var coverage = 1 - (double)string.Join(" ", missing).Length / string.Join(" ", all).Length;
        return coverage >= ContentSettings.LeadCoverage;
    }

    private static int NonSpaceChars(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether one of the first blocks (<see cref="ContentSettings.LeadSearchBlocks"/>) is the page's description.</summary>
    private static bool HoldsLead(List<ContentBlock> chosen, string description)
    {
        for (var i = 0; i < chosen.Count && i < ContentSettings.LeadSearchBlocks; i++)
        {
            if (TextSimilarity.Similarity(description, chosen[i].Text) >= ContentSettings.LeadSimilarity)
            {
                return true;
            }
        }

        return false;
    }

    private static ContentChoice Arbitrate(PageTree tree, string? title, string? language, string? description, out List<ContentBlock> pageBlocks, out bool[] vetoed, out BlockProfiler profiler)
    {
        var container = ContentExtractor.Extract(tree, title);
        profiler = new BlockProfiler(tree, language);
        if (container.Count > 0 && LooksComplete(tree, container, profiler, description, out var leadMayBeMissing))
        {
            // The classifier cannot add to this story: the page holds too little prose outside it (see LooksComplete).
            // Only the lead is looked for when one may sit above it: that needs the page's blocks, not their classes.
            var storyStart = container[0].Start;
            pageBlocks = leadMayBeMissing ? ParagraphClassifier.PageBlocksBefore(tree, title, storyStart) : container;
            vetoed = leadMayBeMissing ? ParagraphClassifier.InFurnitureBoxes(tree, pageBlocks, storyStart) : new bool[container.Count];
            return new ContentChoice(container, ContentStrategy.ContainerScore, -1, -1, 0);
        }

        pageBlocks = ParagraphClassifier.PageBlocks(tree, title);
        profiler.GuessLanguage(pageBlocks);
        var hasWords = profiler.Words is not null;
        var verdicts = ParagraphClassifier.Classify(pageBlocks, profiler);
        vetoed = ParagraphClassifier.InFurnitureBoxes(tree, pageBlocks);
        for (var i = 0; i < vetoed.Length; i++)
        {
            if (vetoed[i])
            {
                verdicts[i] = ParagraphClassifier.Verdict.Bad;
            }
        }

        var containerChars = ArticleChars(container, profiler, hasWords);
        if (container.Count == 0)
        {
            var classified = Good(pageBlocks, verdicts);
            var chars = ArticleChars(classified, profiler, hasWords);
            return new ContentChoice(classified, classified.Count == 0 ? ContentStrategy.None : ContentStrategy.ParagraphClassifier, 0, chars, chars);
        }

        var lostBlocks = LostNextToStory(pageBlocks, verdicts, vetoed, container, profiler);
        var lost = ArticleChars(lostBlocks, profiler, hasWords);
        if (lost < ContentSettings.MinLostChars || lost < ContentSettings.MinLostShare * containerChars)
        {
            return new ContentChoice(container, ContentStrategy.ContainerScore, containerChars, -1, lost);
        }

        var merged = new List<ContentBlock>(container);
        // A block the scorer wrote from another element (its split differs) is the same paragraph when its text is.
        var texts = new HashSet<string>(container.Select(b => b.Text), System.StringComparer.Ordinal);
        merged.AddRange(lostBlocks.Where(b => texts.Add(b.Text)));
        merged.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new ContentChoice(merged, ContentStrategy.ContainerScoreAndClassifier, containerChars, containerChars + lost, lost);
    }

    /// <summary>
    /// The story's lead (standfirst) when it sits apart from the story, just above it: among the few blocks before the
    /// first chosen one (<see cref="ContentSettings.LeadSearchBlocks"/>), the nearest whose words are the page's description (og:description, meta description), which sites fill with
    /// the lead. A block with many links (a teaser of this story elsewhere) or in a furniture box is no lead.
    /// </summary>
    private static ContentBlock? LeadBefore(List<ContentBlock> chosen, List<ContentBlock> pageBlocks, bool[] vetoed, BlockProfiler profiler, string? description)
    {
        if (chosen.Count == 0 || string.IsNullOrWhiteSpace(description) || description!.Length < ContentSettings.LeadMinChars)
        {
            return null;
        }

        var first = chosen[0].Start;
        if (HoldsLead(chosen, description))
        {
            return null;
        }

        var searched = 0;
        for (var i = pageBlocks.Count - 1; i >= 0 && searched < ContentSettings.LeadSearchBlocks; i--)
        {
            var block = pageBlocks[i];
            if (block.Start >= first)
            {
                continue;
            }

            searched++;
            if (vetoed[i] || block.Text.Length < ContentSettings.LeadMinChars || block.Kind == ContentBlockKind.Heading)
            {
                continue;
            }

            if (profiler.Profile(block).LinkDensity <= ContentSettings.MaxLinkDensity
                && TextSimilarity.Similarity(description, block.Text) >= ContentSettings.LeadSimilarity
                && TextSimilarity.Similarity(block.Text, description) >= ContentSettings.LeadCoverage)
            {
                return block;
            }
        }

        return null;
    }

    private static List<ContentBlock> Good(List<ContentBlock> blocks, ParagraphClassifier.Verdict[] verdicts)
    {
        var good = new List<ContentBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (verdicts[i] == ParagraphClassifier.Verdict.Good)
            {
                good.Add(blocks[i]);
            }
        }

        return good;
    }

    /// <summary>
    /// The classifier's good blocks the scorer did not keep that belong to the scorer's story. Good blocks and the
    /// scorer's blocks form runs, joined across gaps of short or plain blocks; the story's runs are those holding a
    /// block the scorer kept, and every good block between the scorer's first and last block is the story's too. A
    /// run elsewhere is the story's other part (a lead or a first section the scorer cut off) only when the classifier
    /// agrees with the scorer on most of the scorer's text and the run is a story of its own: several paragraphs,
    /// not a teaser between linked headlines.
    /// </summary>
    private static List<ContentBlock> LostNextToStory(List<ContentBlock> pageBlocks, ParagraphClassifier.Verdict[] verdicts, bool[] vetoed, List<ContentBlock> container, BlockProfiler profiler)
    {
        var kept = new HashSet<int>();
        var containerTotal = 0;
        foreach (var block in container)
        {
            kept.Add(block.Start);
            containerTotal += block.Text.Length;
        }

        var count = pageBlocks.Count;
        var isKept = new bool[count];
        int first = -1, last = -1, shared = 0;
        for (var i = 0; i < count; i++)
        {
            isKept[i] = kept.Contains(pageBlocks[i].Start);
            if (isKept[i])
            {
                first = first < 0 ? i : first;
                last = i;
                if (verdicts[i] == ParagraphClassifier.Verdict.Good)
                {
                    shared += pageBlocks[i].Text.Length;
                }
            }
        }

        var lost = new List<ContentBlock>();
        if (first < 0)
        {
            return lost;
        }

        var agrees = shared >= ContentSettings.MinSharedShare * containerTotal;
        var taken = new bool[count];
        var run = new List<int>();
        var gap = 0;
        for (var i = 0; i < count; i++)
        {
            if (isKept[i] || verdicts[i] == ParagraphClassifier.Verdict.Good)
            {
                run.Add(i);
                gap = 0;
                continue;
            }

            var profile = profiler.Profile(pageBlocks[i]);
            gap += profile.Chars;
            if (run.Count > 0 && (gap > ContentSettings.MaxGapChars || profile.LinkDensity > ContentSettings.MaxLinkDensity || vetoed[i]))
            {
                TakeRun(run, pageBlocks, isKept, agrees, taken);
                run.Clear();
            }
        }

        TakeRun(run, pageBlocks, isKept, agrees, taken);
        for (var i = 0; i < count; i++)
        {
            if (taken[i] || (i > first && i < last && !isKept[i] && verdicts[i] == ParagraphClassifier.Verdict.Good))
            {
                lost.Add(pageBlocks[i]);
            }
        }

        return lost;
    }

    private static void TakeRun(List<int> run, List<ContentBlock> blocks, bool[] isKept, bool agrees, bool[] taken)
    {
        var touchesStory = false;
        int paragraphs = 0, chars = 0;
        foreach (var i in run)
        {
            touchesStory |= isKept[i];
            if (!isKept[i] && blocks[i].Kind != ContentBlockKind.Heading)
            {
                paragraphs++;
                chars += blocks[i].Text.Length;
            }
        }

        var storyOfItsOwn = agrees && paragraphs >= ContentSettings.MinStoryParagraphs && chars >= ContentSettings.MinStoryChars;
        if (!touchesStory && !storyOfItsOwn)
        {
            return;
        }

        foreach (var i in run)
        {
            taken[i] = !isKept[i];
        }
    }

    private static int ArticleChars(List<ContentBlock> blocks, BlockProfiler profiler, bool hasWords)
    {
        var chars = 0;
        foreach (var block in blocks)
        {
            var profile = profiler.Profile(block);
            if (ParagraphClassifier.IsArticleLike(profile, hasWords))
            {
                chars += profile.Chars;
            }
        }

        return chars;
    }
}
