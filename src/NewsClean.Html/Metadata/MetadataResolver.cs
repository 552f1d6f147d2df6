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
        RegexOptions.CultureInvariant | RegexOptions.Compiled, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    public static PageMetadata Resolve(PageFacts facts, PageTree tree)
    {
        var articles = JsonLdReader.Read(facts.JsonLdScripts);
        var news = articles.Where(a => a.Rank <= 1).ToList();

        var site = Clean(facts.First("og:site_name"))
            ?? articles.Select(a => a.Publisher).FirstOrDefault(p => p is not null)
            ?? Clean(facts.First("application-name", "al:android:app_name", "al:ios:app_name"));
        var documentTitle = Clean(facts.DocumentTitle);
        if (site is null && documentTitle is not null)
        {
            site = TitleText.SiteFromTitle(documentTitle);
        }

        var title = ChooseTitle(facts, news, tree, site, documentTitle, out var headlineNode);

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

    private static string? ChooseTitle(PageFacts facts, List<JsonLdArticle> news, PageTree tree, string? site, string? documentTitle, out PageNode? headlineNode)
    {
        headlineNode = null;
        var reference = news.Select(a => a.Headline).FirstOrDefault(h => h is not null)
            ?? Clean(facts.First("og:title", "twitter:title", "headline", "title", "dc.title", "parsely-title", "sailthru.title"));
        if (reference is not null)
        {
            reference = TitleText.StripSite(reference, site, false);
        }
        else if (documentTitle is not null)
        {
            reference = TitleText.StripSite(documentTitle, site, true);
        }

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

            return reference;
        }

        var h1s = headings.Where(h => h.Node.Tag == "h1" && TitleText.WordCount(h.Text) >= 2 && (site is null || !TitleText.SameName(h.Text, site))).ToList();
        if (h1s.Count > 0)
        {
            headlineNode = h1s[0].Node;
            return h1s[0].Text;
        }

        return null;
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

            var text = BlockWriter.PlainText(node, none).Trim();
            if (text.Length < 3 || TitleText.WordCount(text) > 10 || (site is not null && TitleText.SameName(text, site)) || DateValue.Find(text) is not null)
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
            var names = authors.Where(a => site is null || !TitleText.SameName(a, site)).ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        foreach (var key in AuthorKeys)
        {
            foreach (var value in facts.All(key))
            {
                var text = Clean(value);
                if (text is not null && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("@", StringComparison.Ordinal)
                    && text.Length <= 120 && (site is null || !TitleText.SameName(text, site)))
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
