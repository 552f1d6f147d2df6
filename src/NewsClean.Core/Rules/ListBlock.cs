using System;
using System.Collections.Generic;
using NewsClean.Core.Dates;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>
/// A block under a read-also marker or a related-articles heading: 0..N listed titles and 0..N whole articles in any
/// order. The rule that found the heading gives the id its titles are claimed under and how it reads a title line;
/// the articles are claimed as embedded articles (NC1002), each with the metadata lines that stand in it.
/// </summary>
internal static class ListBlock
{
    /// <summary>
    /// Reads the block under a marker: 0..N title lines and 0..N whole articles in any order. An article starts where a
    /// title (a title line, or the marker's inline title) is followed by a desk line, a date line or paragraphs; it ends at
    /// its own source line, the next such start, or the block's end. Returns the last line index the block holds.
    /// </summary>
    public static int Read(DocumentState document, Line marker, string inlineTitle, RuleDescriptor itemRule, Func<DocumentState, Line, bool, string?> readItem)
    {
        var last = marker.Index;
        Line? titleLine = null;
        var title = inlineTitle.Length > 0 ? inlineTitle : null;
        var articles = 0;
        var dateLines = new List<Line>();
        for (var next = document.NextNonBlank(marker.Index); next is not null; next = document.NextNonBlank(next.Index))
        {
            var afterBlank = next.Index > 0 && document.Lines[next.Index - 1].IsBlank;
            if (next.IsClaimed)
            {
                if (next.ClaimedBy == PublishDateLineRule.Rule && title is not null)
                {
                    dateLines.Add(next);
                }

                continue;
            }

            if (ListItems.StartsBlock(next))
            {
                break;
            }

            if (title is not null && (BylineRule.IsBylineLine(next) || Zones.IsBodyLike(next))
                && LooksLikeEmbedded(document, marker, next, titleLine is not null, articles > 0 || dateLines.Count > 0))
            {
                // The title was listed as a related title (a title line, or the marker's inline title) until the article showed.
                document.Related.RemoveAt(document.Related.Count - 1);

                last = SplitEmbedded(document, title, next, titleLine, dateLines);
                articles++;
                title = null;
                titleLine = null;
                dateLines.Clear();
                next = document.Lines[last];
                continue;
            }

            // Past a title, only a title line or the opening of an article goes on with the block.
            // A title the heading's own reading refuses (a plain line across a blank) still heads an article that opens under it.
            var item = readItem(document, next, afterBlank) ?? (TitlesOpenEmbedded(document, marker, next, articles > 0) ? ListItems.ItemText(next, allowPlain: true) : null);
            if (item is null)
            {
                break;
            }

            document.Claim(next, itemRule, item);
            document.Related.Add(item);
            titleLine = next;
            title = item;
            dateLines.Clear();
            last = next.Index;
        }

        return last;
    }

    /// <summary>
    /// A secondary article opens with a desk line or a date line, or, once the block already held one, with paragraphs;
    /// otherwise its paragraphs must run to a source line of their own.
    /// </summary>
    private static bool LooksLikeEmbedded(DocumentState document, Line marker, Line start, bool titleOnItsOwnLine, bool opened)
    {
        if (BylineRule.IsBylineLine(start))
        {
            // A desk line opens an article only when paragraphs follow it; one closing the document is a title.
            var after = document.NextNonBlank(start.Index);
            while (after is not null && after.IsClaimed)
            {
                after = document.NextNonBlank(after.Index);
            }

            return after is not null && !ListItems.StartsBlock(after);
        }

        if (opened)
        {
            return true;
        }

        // Without a desk line the paragraphs must run to a source line of their own: after the main article's
        // footer, or, under a title on its own line, as the last thing on the page. Mid-article, a source line
        // further down is the main article's.
        var footerBefore = FooterBefore(document, marker.Index);
        if (footerBefore)
        {
            return true;
        }

        if (!titleOnItsOwnLine)
        {
            return false;
        }

        for (var next = document.NextNonBlank(start.Index); next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                continue;
            }

            if (SourceLineRule.SourceOf(document, next, out var valueLine) is not null)
            {
                return ListItems.InTail(document, (valueLine ?? next).Index) || ClosesPage(document, (valueLine ?? next).Index);
            }

            if (ListItems.StartsBlock(next))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Title lines from <paramref name="first"/> on, the last of which heads an article that opens under it.</summary>
    private static bool TitlesOpenEmbedded(DocumentState document, Line marker, Line first, bool opened)
    {
        for (var next = (Line?)first; next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                continue;
            }

            if (ListItems.StartsBlock(next) || !IsTitleLine(next))
            {
                return false;
            }

            if (OpensEmbedded(document, marker, next, opened))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title line under which an article opens: a desk line, a date line or paragraphs that pass <see cref="LooksLikeEmbedded"/>.</summary>
    private static bool OpensEmbedded(DocumentState document, Line marker, Line title, bool opened)
    {
        if (!IsTitleLine(title))
        {
            return false;
        }

        var sawDate = false;
        for (var next = document.NextNonBlank(title.Index); next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                sawDate |= next.ClaimedBy == PublishDateLineRule.Rule;
                continue;
            }

            return !ListItems.StartsBlock(next) && (BylineRule.IsBylineLine(next) || Zones.IsBodyLike(next))
                && LooksLikeEmbedded(document, marker, next, titleOnItsOwnLine: true, opened || sawDate);
        }

        return false;
    }

    private static bool IsTitleLine(Line line) => !Zones.IsBodyLike(line) && ListItems.ItemText(line, allowPlain: true) is not null;

    /// <summary>
    /// True when the title lines from <paramref name="first"/> on run to a source line: lines the article holds before its
    /// own source (a "more by the author" strip). Titles followed by paragraphs open the next article; titles that run to
    /// the block's end are the block's related titles.
    /// </summary>
    private static bool TitlesRunToSource(DocumentState document, Line first)
    {
        for (var next = (Line?)first; next is not null; next = document.NextNonBlank(next.Index))
        {
            if (next.IsClaimed)
            {
                continue;
            }

            if (!IsTitleLine(next) || ListItems.StartsBlock(next))
            {
                return SourceLineRule.SourceOf(document, next, out _) is not null;
            }
        }

        return false;
    }

    /// <summary>Nothing but other blocks (or nothing) after a line: the main article cannot resume there.</summary>
    private static bool ClosesPage(DocumentState document, int index)
    {
        for (var next = document.NextNonBlank(index); next is not null; next = document.NextNonBlank(next.Index))
        {
            if (!next.IsClaimed)
            {
                return ListItems.StartsBlock(next);
            }
        }

        return true;
    }

    /// <summary>
    /// The main article's footer stands above the block's heading at <paramref name="index"/>: a source, keyword or related line anywhere above,
    /// or, as the last text line above, an agency credit or a trailing tag line (footers known only by being last).
    /// </summary>
    private static bool FooterBefore(DocumentState document, int index)
    {
        Line? lastText = null;
        for (var i = document.ContentStart; i < index; i++)
        {
            var line = document.Lines[i];
            var rule = line.ClaimedBy;
            if (rule == SourceLineRule.Rule || rule == KeywordFooterRule.Rule || rule == RelatedListRule.Rule
                || Phrases.SourceLine.SafeMatch(line.Text).Success || Phrases.KeywordLine.SafeMatch(line.Text).Success
                || (line.Words <= 8 && Phrases.RelatedHeading.SafeMatch(line.Text).Success)
                || (line.Words <= 6 && Phrases.ServiceCredit.SafeMatch(line.Text).Success))
            {
                return true;
            }

            if (!line.IsBlank && !line.IsClaimed)
            {
                lastText = line;
            }
        }

        return lastText is not null
            && ((lastText.Words <= 12 && (Phrases.AgencyOnly.SafeMatch(lastText.Text).Success || Phrases.TrailingTagLine.SafeMatch(lastText.Text).Success))
                || Phrases.TrailingTagSuffix.SafeMatch(lastText.Text).Success);
    }

    private static int SplitEmbedded(DocumentState document, string title, Line start, Line? titleLine, List<Line> dateLines)
    {
        var metadata = new ArticleMetadata();
        foreach (var dateLine in dateLines)
        {
            metadata.PublishedAt ??= document.DateOf(dateLine);
        }

        var first = start.Index;
        var paragraphs = new List<string>();
        var desk = Phrases.DeskLine.SafeMatch(start.Text);
        var from = first;
        if (BylineRule.IsBylineLine(start))
        {
            if (desk.Success)
            {
                metadata.Site = desk.Groups["a"].Value.Trim();
                metadata.Byline = desk.Groups["b"].Value.Trim().TrimEnd(':').Trim();
            }
            else
            {
                metadata.Byline = start.Text;
            }

            from = first + 1;
        }

        // The last line the article holds so far: the desk line or the first paragraph, never past the content.
        var end = first;
        for (var i = from; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (line.IsClaimed)
            {
                if (line.ClaimedBy == PublishDateLineRule.Rule && paragraphs.Count == 0)
                {
                    metadata.PublishedAt ??= document.DateOf(line);
                }

                end = i;
                continue;
            }

            var source = SourceLineRule.SourceOf(document, line, out var valueLine);
            if (source is not null)
            {
                metadata.Source = source;
                end = valueLine?.Index ?? i;
                break;
            }

            // Another block, or a title line: the next article or the block's remaining titles.
            if (ListItems.StartsBlock(line) || (paragraphs.Count > 0 && IsTitleLine(line) && !TitlesRunToSource(document, line)))
            {
                break;
            }

            paragraphs.Add(line.Text);
            end = i;
        }

        if (metadata.PublishedAt is null && paragraphs.Count > 0 && ArabicDateParser.TryFindDate(paragraphs[0], out var date))
        {
            metadata.PublishedAt = date.Value;
        }

        var article = new CleanArticle(title, paragraphs, metadata, System.Array.Empty<CleanArticle>(), System.Array.Empty<Finding>(), document.Input.SourcePath, null);

        // The title line was taken as a read-also title before the article under it showed; it opens the article.
        if (titleLine is not null)
        {
            document.Release(titleLine);
            first = titleLine.Index;
        }

        document.ClaimBlock(first, end, ReadAlsoBlockRule.EmbeddedRule, article);
        document.Embedded.Add(article);
        document.EmbeddedSpans.Add(new LineSpan(first, end));
        return end;
    }
}
