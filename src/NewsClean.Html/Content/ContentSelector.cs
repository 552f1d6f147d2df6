using System.Collections.Generic;
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

    /// <summary>Characters of article-like paragraphs the paragraph classifier kept (-1 when it did not run).</summary>
    public int ClassifierChars { get; }

    /// <summary>Characters of the classifier's article-like paragraphs that the container scorer did not keep.</summary>
    public int LostChars { get; }
}

/// <summary>
/// Runs the content strategies and arbitrates between them, as trafilatura checks its own result against
/// readability- and jusText-style extractions. The container scorer goes first: it knows the page's structure and
/// keeps subheadings, lists and tables that a paragraph classifier drops. Its result is then measured against the
/// paragraph classifier's with one yardstick (<see cref="BlockProfiler"/>: article-like paragraphs are long, poor in
/// links and dense in the language's function words). The classifier wins when the scorer lost article text: when
/// the classifier keeps at least <see cref="ContentSettings.MinLostChars"/> characters of article-like paragraphs the
/// scorer has not, at least <see cref="ContentSettings.PreferRatio"/> times the scorer's article-like text, and
/// at least half of the scorer's text too (<see cref="ContentSettings.MinSharedShare"/>): the classifier
/// must have found more of the same story, not another text of the page (a sidebar, a notice, a comment feed).
/// Otherwise the scorer's result stands (it loses nothing the classifier would recover).
/// </summary>
internal static class ContentSelector
{
    public static ContentChoice Select(PageTree tree, string? title, string? language)
    {
        var container = ContentExtractor.Extract(tree, title);
        var profiler = new BlockProfiler(tree, language);
        var pageBlocks = ParagraphClassifier.PageBlocks(tree, title);
        profiler.GuessLanguage(pageBlocks);
        var hasWords = profiler.Words is not null;

        var containerChars = ArticleChars(container, profiler, hasWords);
        var classified = ParagraphClassifier.Extract(pageBlocks, profiler);
        var classifierChars = ArticleChars(classified, profiler, hasWords);
        var lost = LostChars(classified, container, profiler, hasWords);
        var kept = SharedChars(container, classified);
        var useClassifier = classified.Count > 0
            && (container.Count == 0
                || (lost >= ContentSettings.MinLostChars && classifierChars >= ContentSettings.PreferRatio * containerChars
                    && kept >= ContentSettings.MinSharedShare * TotalChars(container)));
        return useClassifier
            ? new ContentChoice(classified, ContentStrategy.ParagraphClassifier, containerChars, classifierChars, lost)
            : new ContentChoice(container, container.Count == 0 ? ContentStrategy.None : ContentStrategy.ContainerScore, containerChars, classifierChars, lost);
    }

    private static int TotalChars(List<ContentBlock> blocks)
    {
        var chars = 0;
        foreach (var block in blocks)
        {
            chars += block.Text.Length;
        }

        return chars;
    }

    /// <summary>Characters of <paramref name="blocks"/> that <paramref name="other"/> keeps too (a block counts when one there starts where it does).</summary>
    private static int SharedChars(List<ContentBlock> blocks, List<ContentBlock> other)
    {
        var starts = new HashSet<int>();
        foreach (var block in other)
        {
            starts.Add(block.Start);
        }

        var chars = 0;
        foreach (var block in blocks)
        {
            if (starts.Contains(block.Start))
            {
                chars += block.Text.Length;
            }
        }

        return chars;
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

    /// <summary>Characters of article-like blocks in <paramref name="candidate"/> whose page start no block of <paramref name="kept"/> covers.</summary>
    private static int LostChars(List<ContentBlock> candidate, List<ContentBlock> kept, BlockProfiler profiler, bool hasWords)
    {
        var starts = new HashSet<int>();
        foreach (var block in kept)
        {
            starts.Add(block.Start);
        }

        var lost = 0;
        foreach (var block in candidate)
        {
            if (starts.Contains(block.Start))
            {
                continue;
            }

            var profile = profiler.Profile(block);
            if (ParagraphClassifier.IsArticleLike(profile, hasWords))
            {
                lost += profile.Chars;
            }
        }

        return lost;
    }
}
