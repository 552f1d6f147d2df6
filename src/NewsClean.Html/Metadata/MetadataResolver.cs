using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsClean.Html.Content;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>Weighs what the page says into one <see cref="PageMetadata"/>: which title, which dates, which site.</summary>
internal static class MetadataResolver
{
    private static readonly string[] PublishedKeys =
    {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time", "article.published",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date", "date.published",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "datecreated", "sailthru.date",
        "parsely-pub-date", "original-publish-date", "citation_publication_date", "cxenseparse:recs:publishtime", "article_date_original",
        "release_date", "date", "created", "creation_date",
    };

    private static readonly string[] ModifiedKeys =
    {
        "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "og:modified_time", "modified_time",
        "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated", "revised",
    };

    private static readonly string[] AuthorKeys = { "author", "article:author", "og:article:author", "dc.creator", "byl", "parsely-author", "sailthru.author", "twitter:creator" };

    private static readonly Regex UrlDate = new Regex(
        @"/(?<y>(?:19|20)[0-9]{2})[/\-_](?<m>0?[1-9]|1[0-2])[/\-_](?<d>0?[1-9]|[12][0-9]|3[01])(?:[/\-_.]|$)",
        RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex DateHint = new Regex(
        @"date|time|publish|posted|created|timestamp|dateline|tarikh|tareekh|taarikh|history|byline|meta|info",
        RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex BylineHint = new Regex(
        @"byline|author(?!-?(?:bio|avatar|image|photo|pic|img|social|follow|more|posts|list))|writer|reporter|kateb|katib|mohrer|muharrir",
        RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex UpdateWords = new Regex(
        @"updated|modified|تحديث|تعديل|عدل في", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    public static PageMetadata Resolve(PageFacts facts, PageTree tree)
    {
        var articles = JsonLdReader.Read(facts.JsonLdScripts);
        var news = articles.Where(a => a.Rank <= 1).ToList();

        // The site the page declares (an app name is often the <title> copied), then what the <title> suggests.
        var declaredSite = Clean(facts.First("og:site_name")) ?? articles.Select(a => a.Publisher).FirstOrDefault(p => p is not null);
        var site = declaredSite ?? Clean(facts.First("application-name", "al:android:app_name", "al:ios:app_name"));
        var documentTitle = Clean(facts.DocumentTitle);
        if (site is null && documentTitle is not null)
        {
            site = TitleText.SiteFromTitle(documentTitle);
        }

        var title = ChooseTitle(facts, news, tree, site, declaredSite, documentTitle, out var headlineNode);

        // Article objects first, then meta tags, then a web page object (whose date may be the template's), then what the page shows.
        var pages = articles.Where(a => a.Rank > 1).ToList();
        var published = FirstDate(news.Select(a => a.DatePublished))
            ?? FirstDate(PublishedKeys.SelectMany(facts.All))
            ?? FirstDate(pages.Select(a => a.DatePublished))
            ?? VisibleDate(tree, headlineNode);
        var url = Clean(facts.Canonical) ?? Clean(facts.First("og:url")) ?? articles.Select(a => a.Url).FirstOrDefault(u => u is not null);
        published ??= DateFromUrl(url) ?? DateFromUrl(facts.First("og:url"));

        var modified = FirstDate(news.Select(a => a.DateModified))
            ?? FirstDate(ModifiedKeys.SelectMany(facts.All))
            ?? FirstDate(pages.Select(a => a.DateModified));

        var keywords = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void AddKeywords(IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                if (seen.Add(item))
                {
                    keywords.Add(item);
                }
            }
        }

        foreach (var tag in facts.All("article:tag").Concat(facts.All("og:article:tag")))
        {
            AddKeywords(KeywordList.Split(tag));
        }

        AddKeywords(facts.All("keywords").Concat(facts.All("news_keywords")).SelectMany(KeywordList.Split));
        if (keywords.Count == 0)
        {
            AddKeywords(news.SelectMany(a => a.Keywords));
        }

        var language = facts.Language ?? Clean(facts.First("content-language", "language", "og:locale")) ?? articles.Select(a => a.Language).FirstOrDefault(l => l is not null);
        var description = Clean(facts.First("og:description", "description", "twitter:description"));
        var byline = Byline(facts, articles, site) ?? VisibleByline(tree, headlineNode, site);
        var related = RelatedReader.Read(tree, headlineNode);
        return new PageMetadata(title, site, published, modified, byline, keywords, url, language, description, related);
    }

    private static DateTimeOffset? FirstDate(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            var date = DateValue.Parse(value);
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The headline, by agreement of the page's own statements: the JSON-LD headline (or its name, when only the name is
    /// what the &lt;title&gt; says), else og:title and its kin, else the &lt;title&gt;; a title that only names the site
    /// is none. The visible heading that is that headline gives the text; when no heading is, a first &lt;h1&gt; that the
    /// &lt;title&gt; names too outvotes a meta title that neither shows (two statements against one).
    /// </summary>
    private static string? ChooseTitle(PageFacts facts, List<JsonLdArticle> news, PageTree tree, string? site, string? declaredSite, string? documentTitle, out PageNode? headlineNode)
    {
        headlineNode = null;

        // Only a site the page declares tells a title that is just the site's name (one guessed from the <title> may be its headline part).
        var siteEvidence = declaredSite;
        var shownTitle = documentTitle is null ? null : NotSiteName(TitleText.StripSite(documentTitle, site, true), siteEvidence);
        var reference = news.Select(a => TitleText.ByAgreement(a.Headline, a.Name, shownTitle)).FirstOrDefault(h => h is not null)
            ?? Clean(facts.First("og:title", "twitter:title", "headline", "title", "dc.title", "parsely-title", "sailthru.title"));
        reference = reference is null ? shownTitle : NotSiteName(TitleText.StripSite(reference, site, false), siteEvidence) ?? shownTitle;

        var headings = new List<(PageNode Node, string Text)>();
        var none = tree.NothingRemoved;
        foreach (var node in tree.Nodes)
        {
            if (node.Tag == "h1" || node.Tag == "h2")
            {
                var text = BlockWriter.PlainText(node, none).Trim();
                if (text.Length > 0 && text.Length <= 400)
                {
                    headings.Add((node, text));
                }
            }
        }

        var h1s = headings.Where(h => h.Node.Tag == "h1" && TitleText.WordCount(h.Text) >= 1 && (site is null || !TitleText.SameName(h.Text, site)) && !InFurniture(h.Node)).ToList();
        if (reference is not null)
        {
            foreach (var tag in new[] { "h1", "h2" })
            {
                foreach (var (node, text) in headings)
                {
                    if (node.Tag == tag && TitleText.IsSameHeadline(reference, text))
                    {
                        headlineNode = node;
                        return text;
                    }
                }
            }

            // (not when the heading holds the reference and more: a kicker inside the h1, which the meta title leaves out)
            if (h1s.Count > 0 && shownTitle is not null && !TitleText.IsSameHeadline(reference, shownTitle) && TitleText.IsSameHeadline(shownTitle, h1s[0].Text)
                && !TitleText.Contains(h1s[0].Text, reference))
            {
                headlineNode = h1s[0].Node;
                return h1s[0].Text;
            }

            return reference;
        }

        h1s = h1s.Where(h => TitleText.WordCount(h.Text) >= 2).ToList();
        if (h1s.Count > 0)
        {
            headlineNode = h1s[0].Node;
            return h1s[0].Text;
        }

        return null;
    }

    /// <summary>Null when <paramref name="title"/> is only the site's name (a home or section page's og:title).</summary>
    private static string? NotSiteName(string? title, string? site) =>
        title is null || title.Length == 0 || (site is not null && TitleText.IsSiteName(title, site)) ? null : title;

    /// <summary>A date shown on the page: a &lt;time&gt; or an element named like a date, nearest after the headline.</summary>
    private static DateTimeOffset? VisibleDate(PageTree tree, PageNode? headline)
    {
        var none = tree.NothingRemoved;
        DateTimeOffset? first = null;
        var anchor = headline?.Index ?? -1;
        foreach (var node in tree.Nodes)
        {
            if (node.IsText || node.Chars > 200)
            {
                continue;
            }

            var isTime = node.Tag == "time";
            if (!isTime && (node.Hint.Length == 0 || !DateHint.IsMatch(node.Hint)) && node.ItemProp.IndexOf("date", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (InFurniture(node) || (!isTime && HasTimeElement(tree, node)))
            {
                // A box holding a <time> is read through it: its datetime is exact.
                continue;
            }

            var text = BlockWriter.PlainText(node, none);
            if (UpdateWords.IsMatch(text) || UpdateWords.IsMatch(node.Hint))
            {
                continue;
            }

            DateTimeOffset? value = null;
            if (isTime)
            {
                value = DateValue.Parse(node.Attribute("datetime"));
            }

            value ??= DateValue.Find(text);
            if (value is null)
            {
                continue;
            }

            // The date under the headline; failing that, the first one the page shows.
            if (anchor >= 0 && node.Index > anchor)
            {
                return value;
            }

            first ??= value;
        }

        return first;
    }

    /// <summary>A credit shown on the page: a short element named like a byline or author box, nearest after the headline.</summary>
    private static string? VisibleByline(PageTree tree, PageNode? headline, string? site)
    {
        var none = tree.NothingRemoved;
        string? first = null;
        var anchor = headline?.Index ?? -1;
        foreach (var node in tree.Nodes)
        {
            if (node.IsText || node.Chars == 0 || node.Chars > 80 || (node.Hint.Length == 0 && node.ItemProp.Length == 0) || node.Tag == "a")
            {
                continue;
            }

            if (!(node.ItemProp == "author" || BylineHint.IsMatch(node.Hint)) || InFurniture(node))
            {
                continue;
            }

            var text = BylineText.Clean(BlockWriter.PlainText(node, none));
            if (text is null || TitleText.WordCount(text) > 10 || (site is not null && TitleText.SameName(text, site)))
            {
                continue;
            }

            if (anchor >= 0 && node.Index > anchor)
            {
                return text;
            }

            first ??= text;
        }

        return first;
    }

    private static bool HasTimeElement(PageTree tree, PageNode node)
    {
        for (var i = node.Index + 1; i < node.End; i++)
        {
            if (tree.Nodes[i].Tag == "time")
            {
                return true;
            }
        }

        return false;
    }

    private static bool InFurniture(PageNode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (ClassHints.IsUnlikely(p))
            {
                return true;
            }
        }

        return false;
    }

    private static DateTimeOffset? DateFromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate.Match(url);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero) : null;
    }

    private static string? Byline(PageFacts facts, List<JsonLdArticle> articles, string? site)
    {
        var authors = articles.FirstOrDefault(a => a.Authors.Count > 0)?.Authors;
        if (authors is not null)
        {
            var names = authors.Select(BylineText.Clean).OfType<string>().Where(a => site is null || !TitleText.SameName(a, site)).ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        foreach (var key in AuthorKeys)
        {
            foreach (var value in facts.All(key))
            {
                var text = BylineText.Clean(Clean(value));
                if (text is not null && (site is null || !TitleText.SameName(text, site)))
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = HtmlText.Decode(value).Trim();
        return text.Length == 0 ? null : text;
    }
}
