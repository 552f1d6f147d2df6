namespace NewsClean.Html.Metadata;

/// <summary>
/// Where a page's publication date was read, in the order the sources are trusted (<see cref="PublishDateResolver"/>):
/// a lower value wins over every higher one.
/// </summary>
public enum DateSource
{
    /// <summary>The page states no date.</summary>
    None = 0,

    /// <summary>datePublished of a JSON-LD NewsArticle, Article, BlogPosting...</summary>
    JsonLdArticle = 1,

    /// <summary>A meta tag or itemprop/RDFa value naming the publication date (article:published_time, pubdate, dc.date.issued, sailthru.date...).</summary>
    MetaTag = 2,

    /// <summary>datePublished of a JSON-LD WebPage (its date may be the template's).</summary>
    JsonLdPage = 3,

    /// <summary>A datetime or title attribute (&lt;time datetime&gt;, &lt;abbr title&gt;) in the headline's zone.</summary>
    HeaderAttribute = 4,

    /// <summary>A visible date line in the headline's zone.</summary>
    HeaderText = 5,

    /// <summary>A full date in the page URL's path (/2019/03/03/, /2019-03-03-, /20190303/).</summary>
    Url = 6,

    /// <summary>A datetime or title attribute elsewhere on the page (not in furniture or comments), nearest the headline.</summary>
    PageAttribute = 7,

    /// <summary>A meta tag that names a date without saying which (date, dc.date): often the page's build date.</summary>
    GenericMeta = 8,

    /// <summary>A visible date line elsewhere on the page (not in furniture or comments), nearest the headline.</summary>
    PageText = 9,

    /// <summary>The page shows only when it was last updated (a visible update line); that date is the earliest its text is known to exist.</summary>
    ModifiedOnly = 10,
}
