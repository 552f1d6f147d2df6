using System;
using System.Collections.Generic;

namespace NewsClean.Html;

/// <summary>
/// What the page says about its article: OpenGraph and article:* meta tags, JSON-LD (NewsArticle, Article,
/// ReportageNewsArticle, also inside @graph), &lt;time datetime&gt;, the headline element and visible date lines.
/// Published and modified dates are kept apart: one never stands in for the other.
/// </summary>
public sealed class PageMetadata
{
    internal PageMetadata(
        string? title,
        string? site,
        DateTimeOffset? publishedAt,
        DateTimeOffset? modifiedAt,
        string? byline,
        IReadOnlyList<string> keywords,
        string? url,
        string? language,
        string? description,
        IReadOnlyList<string> relatedTitles)
    {
        Title = title;
        Site = site;
        PublishedAt = publishedAt;
        ModifiedAt = modifiedAt;
        Byline = byline;
        Keywords = keywords;
        Url = url;
        Language = language;
        Description = description;
        RelatedTitles = relatedTitles;
    }

    /// <summary>The headline: the page's h1 when it matches og:title/JSON-LD headline, else those, else &lt;title&gt; without the site name.</summary>
    public string? Title { get; }

    /// <summary>The outlet: og:site_name, else the JSON-LD publisher's name.</summary>
    public string? Site { get; }

    public DateTimeOffset? PublishedAt { get; }

    /// <summary>Where <see cref="PublishedAt"/> was read (JSON-LD, a meta tag, a &lt;time&gt; near the headline, a date line, the URL...).</summary>
    public Metadata.DateSource PublishedSource { get; internal set; }

    public DateTimeOffset? ModifiedAt { get; }

    public string? Byline { get; }

    /// <summary>article:tag, meta keywords / news_keywords and JSON-LD keywords, in that order, without repeats.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>The canonical URL (link rel=canonical, og:url, JSON-LD url).</summary>
    public string? Url { get; }

    /// <summary>The page language (html lang, content-language, og:locale).</summary>
    public string? Language { get; }

    public string? Description { get; }

    /// <summary>Titles listed in the page's related, read-also and most-read boxes.</summary>
    public IReadOnlyList<string> RelatedTitles { get; }
}
