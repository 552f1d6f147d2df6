using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>Reads the article objects of a page's JSON-LD blocks, resolving @graph members and @id references.</summary>
internal static class JsonLdReader
{
    private static readonly string[] NewsTypes =
    {
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
        "askpublicnewsarticle",
    };

    private static readonly string[] ArticleTypes =
    {
        "article", "blogposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "discussionforumposting",
        "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle",
    };

    // Web pages, and the creative works a page is about when it is not an article (a recipe, a how-to, a review): their
    // datePublished is the page's, but weaker than an article object's.
    private static readonly string[] PageTypes =
    {
        "webpage", "itempage", "collectionpage", "aboutpage", "qapage", "faqpage", "medicalwebpage", "recipe", "howto", "review", "creativework",
    };

    /// <summary>The article objects found, most specific type first.</summary>
    public static List<JsonLdArticle> Read(IEnumerable<string> scripts)
    {
        var objects = new List<Dictionary<string, object?>>();
        foreach (var script in scripts)
        {
            foreach (var value in MiniJson.ParseAll(script))
            {
                Collect(value, objects, 0);
            }
        }

        var byId = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            if (Str(obj, "@id") is { } id && !byId.ContainsKey(id))
            {
                byId[id] = obj;
            }
        }

        var articles = new List<JsonLdArticle>();
        foreach (var obj in objects)
        {
            var rank = RankOf(obj);
            if (rank < 0)
            {
                continue;
            }

            var article = new JsonLdArticle
            {
                Rank = rank,
                Headline = Clean(Str(obj, "headline") ?? Str(obj, "name") ?? Str(obj, "alternativeHeadline")),
                Name = Clean(Str(obj, "name")),
                DatePublished = Str(obj, "datePublished") ?? Str(obj, "dateCreated") ?? Str(obj, "uploadDate"),
                DateModified = Str(obj, "dateModified"),
                Publisher = Clean(NameOf(Get(obj, "publisher"), byId) ?? NameOf(Get(obj, "sourceOrganization"), byId)),
                Url = Str(obj, "url") ?? IdOf(Get(obj, "mainEntityOfPage")),
                Language = Str(obj, "inLanguage"),
            };

            foreach (var author in Items(Get(obj, "author")).Concat(Items(Get(obj, "creator"))))
            {
                var name = Clean(NameOf(author, byId));
                if (!string.IsNullOrEmpty(name) && !LooksLikeUrl(name!) && !article.Authors.Contains(name!))
                {
                    article.Authors.Add(name!);
                }
            }

            foreach (var keyword in Items(Get(obj, "keywords")))
            {
                if (keyword is string text)
                {
                    article.Keywords.AddRange(KeywordList.Split(HtmlText.Decode(text)));
                }
            }

            articles.Add(article);
        }

        return articles.OrderBy(a => a.Rank).ToList();
    }

    private static void Collect(object? value, List<Dictionary<string, object?>> objects, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (value)
        {
            case Dictionary<string, object?> obj:
                objects.Add(obj);
                foreach (var key in new[] { "@graph", "mainEntity", "itemListElement", "hasPart" })
                {
                    if (obj.TryGetValue(key, out var nested))
                    {
                        Collect(nested, objects, depth + 1);
                    }
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    Collect(item, objects, depth + 1);
                }

                break;
        }
    }

    private static int RankOf(Dictionary<string, object?> obj)
    {
        var best = -1;
        foreach (var type in Items(Get(obj, "@type")))
        {
            if (type is not string name)
            {
                continue;
            }

            var key = name.Trim().ToLowerInvariant();
            var slash = key.LastIndexOf('/');
            if (slash >= 0)
            {
                key = key.Substring(slash + 1);
            }

            var rank = Array.IndexOf(NewsTypes, key) >= 0 ? 0 : Array.IndexOf(ArticleTypes, key) >= 0 ? 1 : Array.IndexOf(PageTypes, key) >= 0 ? 2 : -1;
            if (rank >= 0 && (best < 0 || rank < best))
            {
                best = rank;
            }
        }

        return best;
    }

    private static object? Get(Dictionary<string, object?> obj, string key) => obj.TryGetValue(key, out var value) ? value : null;

    private static string? Str(Dictionary<string, object?> obj, string key)
    {
        var value = Get(obj, key);
        if (value is List<object?> list)
        {
            value = list.FirstOrDefault(v => v is string);
        }

        return value is string text && text.Trim().Length > 0 ? text.Trim() : null;
    }

    private static IEnumerable<object?> Items(object? value)
    {
        if (value is List<object?> list)
        {
            return list;
        }

        return value is null ? Enumerable.Empty<object?>() : new[] { value };
    }

    private static string? NameOf(object? value, Dictionary<string, Dictionary<string, object?>> byId)
    {
        switch (value)
        {
            case string text:
                return text;
            case List<object?> list:
                return list.Select(v => NameOf(v, byId)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
            case Dictionary<string, object?> obj:
                var name = Str(obj, "name");
                if (name is null && Str(obj, "@id") is { } id && byId.TryGetValue(id, out var target) && !ReferenceEquals(target, obj))
                {
                    name = Str(target, "name");
                }

                return name;
            default:
                return null;
        }
    }

    private static string? IdOf(object? value) =>
        value switch
        {
            string text => text,
            Dictionary<string, object?> obj => Str(obj, "@id") ?? Str(obj, "url"),
            _ => null,
        };

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = HtmlText.Decode(value).Trim();
        return text.Length == 0 ? null : text;
    }

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
