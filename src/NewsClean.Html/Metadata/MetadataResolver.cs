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
    private static readonly string[] AuthorKeys = { "author", "article:author", "og:article:author", "dc.creator", "byl", "parsely-author", "sailthru.author", "twitter:creator" };

    private static readonly Regex BylineHint = new Regex(
        @"byline|author(?!-?(?:bio|avatar|image|photo|pic|img|social|follow|more|posts|list))|writer|reporter|kateb|katib|mohrer|muharrir",
        RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

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

        var url = Clean(facts.Canonical) ?? Clean(facts.First("og:url")) ?? articles.Select(a => a.Url).FirstOrDefault(u => u is not null);
        var reference = DateValue.Latest;
        var (published, publishedSource) = PublishDateResolver.Resolve(facts, articles, tree, headlineNode, title, new[] { url, Clean(facts.First("og:url")) }, reference);
        var modified = PublishDateResolver.Modified(facts, articles, reference);

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
        return new PageMetadata(title, site, published, modified, byline, keywords, url, language, description, related) { PublishedSource = publishedSource };
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
