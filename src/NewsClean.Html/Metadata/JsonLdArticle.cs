using System.Collections.Generic;

namespace NewsClean.Html.Metadata;

/// <summary>What a JSON-LD article object (NewsArticle, Article, ReportageNewsArticle, ... possibly inside @graph) says.</summary>
internal sealed class JsonLdArticle
{
    /// <summary>Lower rank is more specific: news article types first, then generic articles, then web pages.</summary>
    public int Rank { get; set; }

    public string? Headline { get; set; }

    /// <summary>The object's name, when it has a headline too (Wikipedia: name = the article, headline = a short description).</summary>
    public string? Name { get; set; }

    public string? DatePublished { get; set; }

    public string? DateModified { get; set; }

    public List<string> Authors { get; } = new List<string>();

    public List<string> Keywords { get; } = new List<string>();

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }
}
