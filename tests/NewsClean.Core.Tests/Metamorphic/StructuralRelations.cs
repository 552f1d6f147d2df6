using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>Transformations that must change the article exactly so.</summary>
internal static class StructuralRelations
{
    private static readonly System.Text.RegularExpressions.Regex ClosingTag = new System.Text.RegularExpressions.Regex(@"^</[A-Za-z]{1,20}>$");

    public static IReadOnlyList<MetamorphicRelation> For(IReadOnlyList<Donor> donors)
    {
        var relations = new List<MetamorphicRelation>();
        for (var k = 0; k <= 3; k++)
        {
            var count = k;
            relations.Add(new MetamorphicRelation("append-" + k + "-articles-in-read-also", 8, (b, r) => AppendArticles(b, r, donors, count)));
            relations.Add(new MetamorphicRelation("append-" + k + "-articles-under-related-heading", 3, (b, r) => AppendArticles(b, r, donors, count, Spellings.RelatedHeadings)));
        }

        relations.Add(new MetamorphicRelation("remove-main-source-line", 1, RemoveMainSource));
        for (var k = 1; k <= 2; k++)
        {
            // Held-out class: the main article has no source line of its own, the appended ones may: theirs is never the main one's.
            var count = k;
            relations.Add(new MetamorphicRelation("without-main-source-append-" + k + "-articles", 4, (b, r) =>
                RemoveMainSource(b, r) is { } removed && Baseline.Of(Encoding.UTF8.GetString(removed.Bytes)) is { } without
                    ? AppendArticles(without, r, donors, count) : null));
        }

        relations.Add(new MetamorphicRelation("swap-source-and-keyword-lines", 1, SwapFooters));
        relations.Add(new MetamorphicRelation("read-also-block-above-footers", 1, ReadAlsoAboveFooters));
        relations.Add(new MetamorphicRelation("byline-under-headline", 2, BylineUnderHeadline));
        relations.Add(new MetamorphicRelation("date-line-under-headline", 2, DateLineUnderHeadline));
        relations.Add(new MetamorphicRelation("drop-header", 1, DropHeader));
        return relations;
    }

    /// <summary>
    /// Appends a read-also block holding <paramref name="k"/> whole articles and up to two title lines, in random order.
    /// Each article: its title, then a desk line, a date line or neither, its paragraphs, and its source line or none.
    /// </summary>
    private static MetamorphicCase? AppendArticles(Baseline baseline, Random random, IReadOnlyList<Donor> donors, int k, IReadOnlyList<string>? headings = null)
    {
        var article = baseline.Article;
        var taken = new HashSet<string>(StringComparer.Ordinal) { Snapshot.Fold(article.Title) };
        foreach (var t in article.RelatedTitles.Concat(article.EmbeddedArticles.Select(e => e.Title ?? string.Empty)))
        {
            taken.Add(Snapshot.Fold(t));
        }

        var pool = donors.Where(d => !taken.Contains(Snapshot.Fold(d.Title))).ToList();
        var items = new List<(Donor Donor, bool Whole)>();
        var titlesOnly = random.Next(3);
        for (var i = 0; i < k + titlesOnly && pool.Count > 0; i++)
        {
            var pick = pool[random.Next(pool.Count)];
            pool.RemoveAll(d => Snapshot.Fold(d.Title) == Snapshot.Fold(pick.Title));
            items.Add((pick, i < k));
        }

        if (items.Count(i => i.Whole) < k)
        {
            return null;
        }

        items = items.OrderBy(_ => random.Next()).ToList();
        var block = new StringBuilder();
        var expected = new List<(Donor Donor, string? Site, string? Byline, string? Published, string? Source)>();
        foreach (var (donor, whole) in items)
        {
            block.Append('\n').Append(donor.Title).Append('\n');
            if (!whole)
            {
                continue;
            }

            string? site = null, byline = null, published = null, source = null;
            // Without a footer of its own before the block, nothing but an opening desk or date line tells an appended
            // article from the main article resumed after a read-also title; the first one gets one.
            var opening = random.Next(4);
            if (opening >= 2 && expected.Count == 0 && !baseline.HasFooter)
            {
                opening = random.Next(2);
            }

            if (opening == 0 || opening == 3)
            {
                var desk = Spellings.DeskLines[random.Next(Spellings.DeskLines.Count)];
                block.Append('\n').Append(desk[0]).Append(random.Next(2) == 0 ? " - " : " -  ").Append(desk[1]).Append('\n');
                site = desk[0];
                byline = desk[1];
            }

            if (opening == 1 || (opening == 3 && random.Next(2) == 0))
            {
                var day = new DateTime(2020, 1, 1).AddDays(random.Next(2000));
                var written = day.ToString(random.Next(2) == 0 ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
                block.Append('\n').Append(Spellings.DateLabels[random.Next(Spellings.DateLabels.Count)]).Append(": ")
                    .Append(random.Next(3) == 0 ? EasternDigits(written) : written).Append('\n');
                published = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            foreach (var paragraph in donor.Paragraphs)
            {
                block.Append('\n').Append(paragraph).Append('\n');
            }

            if (donor.Source is not null && random.Next(3) > 0)
            {
                block.Append('\n').Append(Spellings.SourceLabels[0]).Append(": ").Append(donor.Source).Append('\n');
                source = donor.Source;
            }

            expected.Add((donor, site, byline, published, source));
        }

        // Inside the document's own read-also block (right under its marker) or in a new block at the end.
        var lines = baseline.Lines.ToList();
        // Only a block after the main article's last paragraph: under a marker mid-article, the main article resumes
        // after the block, and nothing tells its paragraphs from more of the last appended article's.
        var lastParagraph = article.Paragraphs.Count == 0 ? null : article.Paragraphs[article.Paragraphs.Count - 1];
        var bodyEnd = lastParagraph is null ? -1 : lines.FindLastIndex(l => l.IndexOf(lastParagraph, StringComparison.Ordinal) >= 0);
        var markers = baseline.WholeLines(RuleIds.ReadAlsoBlock).Where(i => i > bodyEnd && Spellings.ReadAlso.Any(m => lines[i].Trim().StartsWith(m, StringComparison.Ordinal))
            && lines[i].Trim().TrimEnd(':', ' ').Length <= Spellings.ReadAlso.Max(m => m.Length)).ToArray();
        string text;
        if (headings is null && markers.Length > 0 && random.Next(2) == 0)
        {
            var at = markers[random.Next(markers.Length)] + 1;
            text = string.Join("\n", lines.Take(at)) + "\n" + block + "\n" + string.Join("\n", lines.Skip(at));
        }
        else
        {
            // A tagged document (<DOC> ... </DOC>) ends with closing tags: the block goes inside, after its last text line.
            var at = lines.Count;
            while (at > 0 && (lines[at - 1].Trim().Length == 0 || ClosingTag.IsMatch(lines[at - 1].Trim())))
            {
                at--;
            }

            var marker = headings is null ? Spellings.ReadAlso[random.Next(Spellings.ReadAlso.Count)] + ":\n" : headings[random.Next(headings.Count)] + "\n";
            text = string.Join("\n", lines.Take(at)).TrimEnd() + "\n\n" + marker + block + string.Join("\n", lines.Skip(at));
        }

        var main = MainFields(article);
        var plainTitles = items.Where(i => !i.Whole).Select(i => Snapshot.Fold(i.Donor.Title)).ToArray();
        return new MetamorphicCase(Invariants.Utf8(text), after =>
        {
            var got = MainFields(after);
            if (got != main)
            {
                return "main article changed: " + Snapshot.Difference(main, got);
            }

            var baseCount = article.EmbeddedArticles.Count;
            if (after.EmbeddedArticles.Count != baseCount + k)
            {
                return "embedded articles: expected " + (baseCount + k) + ", got " + after.EmbeddedArticles.Count
                    + " [" + string.Join(" | ", after.EmbeddedArticles.Select(e => e.Title)) + "]";
            }

            // The document's own embedded articles come out as before, in their order; each appended one comes out whole.
            var appendedTitles = new HashSet<string>(expected.Select(x => Snapshot.Fold(x.Donor.Title)), StringComparer.Ordinal);
            var own = after.EmbeddedArticles.Where(e => !appendedTitles.Contains(Snapshot.Fold(e.Title))).ToArray();
            for (var i = 0; i < baseCount && i < own.Length; i++)
            {
                var before = Snapshot.Of(article.EmbeddedArticles[i]);
                var now = Snapshot.Of(own[i]);
                if (before != now)
                {
                    return "embedded '" + article.EmbeddedArticles[i].Title + "' changed: " + Snapshot.Difference(before, now);
                }
            }

            foreach (var want in expected)
            {
                var e = after.EmbeddedArticles.FirstOrDefault(x => Snapshot.Fold(x.Title) == Snapshot.Fold(want.Donor.Title));
                if (e is null)
                {
                    return "appended article '" + want.Donor.Title + "' (from " + want.Donor.From + ") not among the embedded articles";
                }

                var problem = Field("body", string.Join("\n\n", want.Donor.Paragraphs), e.Body)
                    ?? Field("source", want.Source, e.Source) ?? Field("outlet", want.Site, e.Site) ?? Field("byline", want.Byline, e.Byline)
                    ?? (want.Published is not null ? Field("published", want.Published, Snapshot.Day(e.PublishedAt)) : null);
                if (problem is not null)
                {
                    return "appended article '" + want.Donor.Title + "' (from " + want.Donor.From + ") " + problem;
                }
            }

            var related = new HashSet<string>(after.RelatedTitles.Select(Snapshot.Fold), StringComparer.Ordinal);
            var missing = plainTitles.FirstOrDefault(t => !related.Contains(t));
            return missing is null ? null : "read-also title missing from RelatedTitles: " + missing;
        });
    }

    /// <summary>Removing the main article's own source line leaves Source null and changes nothing else.</summary>
    private static MetamorphicCase? RemoveMainSource(Baseline baseline, Random random)
    {
        var article = baseline.Article;
        if (article.Source is null)
        {
            return null;
        }

        var lines = baseline.WholeLines(RuleIds.SourceLine).Where(i => !baseline.InEmbedded(i)).ToArray();
        if (lines.Length != 1 || Snapshot.Fold(baseline.Lines[lines[0]]).IndexOf(Snapshot.Fold(article.Source), StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var text = string.Join("\n", baseline.Lines.Where((_, i) => i != lines[0]));
        var expected = Snapshot.Of(article).Replace("\nsource: " + Snapshot.Fold(article.Source) + "\n", "\nsource: <null>\n");
        return new MetamorphicCase(Invariants.Utf8(text), after =>
        {
            var actual = Snapshot.Of(after);
            return actual == expected ? null : Snapshot.Difference(expected, actual);
        });
    }

    /// <summary>The main article's source and keyword lines in the other order: the same fields.</summary>
    private static MetamorphicCase? SwapFooters(Baseline baseline, Random random)
    {
        var source = baseline.WholeLines(RuleIds.SourceLine).Where(i => !baseline.InEmbedded(i)).ToArray();
        var keywords = baseline.WholeLines(RuleIds.KeywordFooter).Where(i => !baseline.InEmbedded(i)).ToArray();
        if (source.Length != 1 || keywords.Length != 1 || Math.Abs(source[0] - keywords[0]) > 4)
        {
            return null;
        }

        var copy = (string[])baseline.Lines.Clone();
        (copy[source[0]], copy[keywords[0]]) = (copy[keywords[0]], copy[source[0]]);
        return Invariants.Same(baseline, Invariants.Utf8(string.Join("\n", copy)));
    }

    /// <summary>
    /// The read-also block that follows the main article's source and keyword lines, moved above them: the same fields.
    /// Only when each embedded article has a source line of its own (else the main one's, now under it, would close it).
    /// </summary>
    private static MetamorphicCase? ReadAlsoAboveFooters(Baseline baseline, Random random)
    {
        var footers = baseline.WholeLines(RuleIds.SourceLine, RuleIds.KeywordFooter).Where(i => !baseline.InEmbedded(i)).ToArray();
        if (footers.Length == 0 || baseline.Article.EmbeddedArticles.Any(e => e.Source is null))
        {
            return null;
        }

        var blockLines = new HashSet<int>(baseline.WholeLines(RuleIds.ReadAlsoBlock));
        foreach (var f in baseline.Article.Findings.Where(f => f.RuleId == RuleIds.EmbeddedArticle))
        {
            for (var i = f.StartLine - 1; i < f.EndLine; i++)
            {
                blockLines.Add(i);
            }
        }

        var lastFooter = footers.Max();
        var marker = blockLines.Where(i => i > lastFooter && Spellings.ReadAlso.Any(m => baseline.Lines[i].Trim().StartsWith(m, StringComparison.Ordinal))).DefaultIfEmpty(-1).Min();
        if (marker < 0)
        {
            return null;
        }

        // The block: the marker and every following line the block holds, blank lines between them included.
        var end = marker;
        for (var i = marker + 1; i < baseline.Lines.Length; i++)
        {
            if (blockLines.Contains(i))
            {
                end = i;
            }
            else if (baseline.Lines[i].Trim().Length > 0)
            {
                break;
            }
        }

        var lines = baseline.Lines.ToList();
        var block = lines.GetRange(marker, end - marker + 1);
        lines.RemoveRange(marker, end - marker + 1);
        var at = footers.Min();
        lines.InsertRange(at, block.Concat(new[] { string.Empty }));
        return Invariants.Same(baseline, Invariants.Utf8(string.Join("\n", lines)));
    }

    /// <summary>The first line the headline rule took, when it is the article's title (not a footer's).</summary>
    private static int HeadlineLine(Baseline baseline)
    {
        var lines = baseline.WholeLines(RuleIds.Headline);
        return lines.Count > 0 && baseline.Article.Title is not null && Snapshot.Fold(baseline.Lines[lines[0]]) == Snapshot.Fold(baseline.Article.Title) ? lines[0] : -1;
    }

    private static MetamorphicCase? InsertUnderHeadline(Baseline baseline, string line, string ignoredField, string? expectedValue)
    {
        var at = HeadlineLine(baseline);
        if (at < 0)
        {
            return null;
        }

        var lines = baseline.Lines.ToList();
        lines.Insert(at + 1, string.Empty);
        lines.Insert(at + 2, line);
        var expected = Without(Snapshot.Of(baseline.Article), ignoredField);
        return new MetamorphicCase(Invariants.Utf8(string.Join("\n", lines)), after =>
        {
            var actual = Without(Snapshot.Of(after), ignoredField);
            if (actual != expected)
            {
                return Snapshot.Difference(expected, actual);
            }

            var value = Snapshot.Of(after).Split('\n').First(l => l.StartsWith(ignoredField + ": ", StringComparison.Ordinal)).Substring(ignoredField.Length + 2);
            return expectedValue is null || value == expectedValue ? null : ignoredField + ": expected '" + expectedValue + "', got '" + value + "'";
        });
    }

    /// <summary>A credit line under the headline: the same article, the credit as Byline when it had none.</summary>
    private static MetamorphicCase? BylineUnderHeadline(Baseline baseline, Random random)
    {
        var byline = Spellings.Bylines[random.Next(Spellings.Bylines.Count)];
        return InsertUnderHeadline(baseline, byline, "byline", baseline.Article.Byline is null ? Snapshot.Fold(byline) : null);
    }

    /// <summary>A date line under the headline: the same article, its date as PublishedAt when it had none.</summary>
    private static MetamorphicCase? DateLineUnderHeadline(Baseline baseline, Random random)
    {
        var day = new DateTime(2015, 1, 1).AddDays(random.Next(3000));
        var line = Spellings.DateLabels[random.Next(Spellings.DateLabels.Count)] + ": " + day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return InsertUnderHeadline(baseline, line, "published", baseline.Article.PublishedAt is null ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }

    private static string Without(string snapshot, string field) =>
        string.Join("\n", snapshot.Split('\n').Where(l => !l.StartsWith(field + ": ", StringComparison.Ordinal)));

    /// <summary>Without the site header and crawler stamp, the article is the same but for Site and ScrapedAt.</summary>
    private static MetamorphicCase? DropHeader(Baseline baseline, Random random)
    {
        var header = new HashSet<int>(baseline.WholeLines(RuleIds.SiteHeader, RuleIds.CrawlerTimestamp));
        if (header.Count == 0)
        {
            return null;
        }

        var text = string.Join("\n", baseline.Lines.Where((_, i) => !header.Contains(i)));
        var expected = WithoutHeaderFields(Snapshot.Of(baseline.Article));
        return new MetamorphicCase(Invariants.Utf8(text), after =>
        {
            var actual = WithoutHeaderFields(Snapshot.Of(after));
            return actual == expected ? null : Snapshot.Difference(expected, actual);
        });
    }

    private static string WithoutHeaderFields(string snapshot) =>
        string.Join("\n", snapshot.Split('\n').Where(l => !l.StartsWith("site: ", StringComparison.Ordinal) && !l.StartsWith("scraped: ", StringComparison.Ordinal)));

    private static string MainFields(CleanArticle article) =>
        string.Join("\n", Snapshot.Of(article).Split('\n').Where(l => !l.StartsWith("embedded", StringComparison.Ordinal) && !l.StartsWith("related: ", StringComparison.Ordinal)));

    private static string EasternDigits(string text) => new string(text.Select(c => c >= '0' && c <= '9' ? (char)('\u0660' + (c - '0')) : c).ToArray());

    private static string? Field(string name, string? expected, string? actual) =>
        Snapshot.Fold(expected) == Snapshot.Fold(actual) ? null : name + ": expected '" + Clip(Snapshot.Fold(expected)) + "', got '" + Clip(Snapshot.Fold(actual)) + "'";

    private static string Clip(string s) => s.Length > 160 ? s.Substring(0, 160) + "…" : s;
}
