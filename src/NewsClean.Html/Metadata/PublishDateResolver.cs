using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>
/// The page's publication date, from the sources in the order of <see cref="DateSource"/>: JSON-LD article objects, meta
/// tags (and itemprop/RDFa values), JSON-LD web pages, then datetime/title attributes and visible date lines in the
/// headline's zone, then a full date in the URL path, then attributes and date lines elsewhere outside furniture and
/// comments, and last an update date when the page states nothing else. A published date and a modified one are kept
/// apart: an element or line labelled as an update never gives the published date while any published source does.
/// No date later than the reference time is taken, and none earlier than <see cref="DateText.EarliestYear"/>.
/// </summary>
internal static class PublishDateResolver
{
    /// <summary>Text characters before the headline that still belong to its zone (a date or kicker line above the h1).</summary>
    public const int HeaderZoneBefore = 400;

    /// <summary>Text characters after the headline that still belong to its zone (standfirst, byline, date line).</summary>
    public const int HeaderZoneAfter = 1200;

    /// <summary>A date above the headline counts as this many times farther than one the same distance below it.</summary>
    public const int BeforeHeadlineWeight = 2;

    /// <summary>A date line in an element not named like a date counts as this many characters farther from the headline.</summary>
    public const int UnhintedLinePenalty = 300;

    /// <summary>Longest element read as one date line.</summary>
    public const int MaxDateLineChars = 160;

    /// <summary>Fewest digits a date line holds ("3.3.19").</summary>
    public const int MinDateDigits = 4;

    /// <summary>Shortest title or heading text matched against the other to find the headline.</summary>
    public const int MinHeadlineMatch = 10;

    /// <summary>Longest label read before a date ("Veröffentlicht am", "Last updated:").</summary>
    public const int MaxLabelChars = 40;

    /// <summary>How far apart two stated times may be and still name one instant (a UTC value and its local rendering).</summary>
    public static readonly TimeSpan SameInstant = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How far west of UTC a page's own time zone is taken to lie when its URL day is the day before the UTC value's (the
    /// Americas); farther, the two days are two events (a URL minted the day before), not one instant.
    /// </summary>
    public static readonly TimeSpan MaxOffsetBehindUtc = TimeSpan.FromHours(8);

    /// <summary>How far east of UTC a page's own time zone is taken to lie when its URL day is the day after (Asia, Australia).</summary>
    public static readonly TimeSpan MaxOffsetAheadOfUtc = TimeSpan.FromHours(10);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly TimeSpan Timeout = NewsClean.Core.Text.RegexLimits.MatchTimeout;

    // Alternations of literals over names and short labels: linear time, no match timeout (see DateZones).
    private static readonly TimeSpan NameTimeout = Regex.InfiniteMatchTimeout;

    private static readonly string[] PublishedKeys =
    {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time", "article.published",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date", "date.published",
        "dc.date.issued", "dcterms.issued", "dcterms:issued", "dcterms:created", "dc:created", "dc.date.created",
        "dcterms.created", "datecreated", "schema:datepublished", "schema:datecreated", "sailthru.date", "parsely-pub-date", "original-publish-date",
        "citation_publication_date", "cxenseparse:recs:publishtime", "article_date_original", "release_date", "creation_date",
    };

    // Names that say "a date" without saying which: often the page's build or cache date, so they yield to the headline's own date.
    private static readonly string[] GenericKeys = { "date", "dc.date", "dc:date", "dcterms.date", "created", "citation_date" };

    private static readonly string[] ModifiedKeys =
    {
        "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "og:modified_time", "modified_time",
        "datemodified", "dc.date.modified", "dcterms.modified", "dcterms:modified", "schema:datemodified", "last-modified", "lastmod", "article.updated", "revised",
    };

    // Meta names not in the list above that still name a publication date (sw-pubdate, og:pubdate, article:publish_date...).
    private static readonly Regex PublishedKeyShape = new Regex(
        @"(?:^|[:._-])(?:pub|publish|published|publication|issued|firstpublished|first-publication)[-_.:]?(?:date|time|datetime|_time|_date)?$",
        Options, NameTimeout);

    private static readonly Regex UrlSlashDate = new Regex(
        @"/(?<y>(?:19|20)[0-9]{2})[/\-_](?<m>0?[1-9]|1[0-2])[/\-_](?<d>0?[1-9]|[12][0-9]|3[01])(?:[/\-_.]|$)", Options, Timeout);

    private static readonly Regex UrlCompactDate = new Regex(
        @"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])", Options, Timeout);

    private static readonly Regex UrlQuery = new Regex(@"[?#].*$", Options, Timeout);

    /// <summary>The publication date and where it was read.</summary>
    public static (DateTimeOffset? Value, DateSource Source) Resolve(
        PageFacts facts, List<JsonLdArticle> articles, PageTree tree, PageNode? headline, string? title, IEnumerable<string?> urls, DateTimeOffset reference)
    {
        var news = articles.Where(a => a.Rank <= 1).ToList();
        var pages = articles.Where(a => a.Rank > 1).ToList();
        var urlList = urls.ToList();
        var order = DateText.OrderFor(
            facts.Language ?? facts.First("content-language", "og:locale") ?? articles.Select(a => a.Language).FirstOrDefault(l => l is not null),
            urlList.FirstOrDefault(u => !string.IsNullOrEmpty(u)));
        var structured = new List<(DateTimeOffset Value, DateSource Kind)>();

        void Offer(IEnumerable<string?> values, DateSource kind)
        {
            foreach (var value in values)
            {
                if (DateValue.Parse(value, order) is { } date && date <= reference)
                {
                    structured.Add((date, kind));
                }
            }
        }

        Offer(news.Select(a => a.DatePublished), DateSource.JsonLdArticle);
        Offer(PublishedKeys.SelectMany(facts.All), DateSource.MetaTag);
        Offer(OtherPublishedKeys(facts), DateSource.MetaTag);
        Offer(pages.Select(a => a.DatePublished), DateSource.JsonLdPage);

        var urlDates = urlList.Select(u => FromUrl(u, reference)).Where(d => d is not null).Select(d => d!.Value).ToList();
        // The page's elements are read only when needed: most pages' structured values agree and carry their own offset.
        var lazyScan = new Lazy<PageDates>(() => new PageDates(tree, headline ?? Headline(tree, title), order, reference), System.Threading.LazyThreadSafetyMode.None);
        if (structured.Count > 0)
        {
            var (found, source) = structured[0];
            if (structured.Any(c => c.Value.Date != found.Date))
            {
                (found, source) = Agreed(structured, lazyScan.Value.HeaderDays().ToList());
            }

            // Read only when the value is in UTC with a time of day: any value the page states for the same instant will do.
            var stated = structured.Select(c => c.Value)
                .Concat(GenericKeys.SelectMany(facts.All).Concat(facts.DateTimeAttributes).Select(v => DateValue.Parse(v, order)).Where(d => d is not null).Select(d => d!.Value));
            return (LocalDay(LocalRendering(found, stated), urlDates), source);
        }

        var scan = lazyScan.Value;

        if (scan.Best(attributes: true, headerZone: true) is { } headerAttribute)
        {
            return (headerAttribute, DateSource.HeaderAttribute);
        }

        if (scan.Best(attributes: false, headerZone: true) is { } headerText)
        {
            return (headerText, DateSource.HeaderText);
        }

        if (urlDates.Count > 0)
        {
            return (urlDates[0], DateSource.Url);
        }

        if (scan.Best(attributes: true, headerZone: false) is { } pageAttribute)
        {
            return (pageAttribute, DateSource.PageAttribute);
        }

        if (FirstDate(GenericKeys.SelectMany(facts.All), reference, order) is { } generic)
        {
            return (generic, DateSource.GenericMeta);
        }

        if (scan.Best(attributes: false, headerZone: false) is { } pageText)
        {
            return (pageText, DateSource.PageText);
        }

        // As the text engine reads a lone update line: the last-update date the page shows is the earliest its text is known to exist.
        // A structured modified value never stands in: it is kept in ModifiedAt.
        var modified = scan.BestModified();
        return modified is null ? (null, DateSource.None) : (modified, DateSource.ModifiedOnly);
    }

    /// <summary>The page's modified date: JSON-LD article objects, meta tags, JSON-LD web pages.</summary>
    public static DateTimeOffset? Modified(PageFacts facts, List<JsonLdArticle> articles, DateTimeOffset reference) =>
        FirstDate(
            articles.Where(a => a.Rank <= 1).Select(a => a.DateModified)
                .Concat(ModifiedKeys.SelectMany(facts.All))
                .Concat(articles.Where(a => a.Rank > 1).Select(a => a.DateModified)),
            reference);

    /// <summary>A full date in a URL's path, not in its query.</summary>
    public static DateTimeOffset? FromUrl(string? url, DateTimeOffset reference)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        try
        {
            var path = UrlQuery.Replace(url!, string.Empty);
            var match = UrlSlashDate.Match(path);
            if (!match.Success)
            {
                match = UrlCompactDate.Match(path);
            }

            if (!match.Success)
            {
                return null;
            }

            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year < DateText.EarliestYear || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
            return value <= reference ? value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// A value the page gives in UTC that it also states with its own offset (a JSON-LD "…Z" and a &lt;time&gt; or meta
    /// with "-05:00"): the page's own rendering, whose calendar day is the one its readers saw.
    /// </summary>
    private static DateTimeOffset LocalRendering(DateTimeOffset winner, IEnumerable<DateTimeOffset> stated)
    {
        if (winner.Offset != TimeSpan.Zero || winner.TimeOfDay == TimeSpan.Zero)
        {
            return winner;
        }

        foreach (var other in stated)
        {
            if (other.Offset != TimeSpan.Zero && (other.UtcDateTime - winner.UtcDateTime).Duration() <= SameInstant)
            {
                return other;
            }
        }

        return winner;
    }

    /// <summary>
    /// The first structured value, unless the structured values name different days and the headline's zone shows one of
    /// them but not the first's: then the first value on the day the page shows (a JSON-LD object left from a draft, a
    /// meta tag holding the first import's date).
    /// </summary>
    private static (DateTimeOffset Value, DateSource Kind) Agreed(List<(DateTimeOffset Value, DateSource Kind)> structured, List<DateTimeOffset> shown)
    {
        var first = structured[0];
        if (shown.Count == 0 || shown.Any(d => d.Date == first.Value.Date))
        {
            return first;
        }

        foreach (var candidate in structured)
        {
            if (shown.Any(d => d.Date == candidate.Value.Date))
            {
                return candidate;
            }
        }

        return first;
    }

    /// <summary>
    /// A UTC value one day off the day the page's URL path states is that instant in
    /// the page's own time zone, which crossed midnight: the stated day is the one its readers saw, at the same instant.
    /// </summary>
    private static DateTimeOffset LocalDay(DateTimeOffset winner, IEnumerable<DateTimeOffset> statedDays)
    {
        if (winner.Offset != TimeSpan.Zero || winner.TimeOfDay == TimeSpan.Zero)
        {
            return winner;
        }

        var utcDay = winner.UtcDateTime.Date;
        if (statedDays.Any(d => d.Date == utcDay))
        {
            return winner;
        }

        foreach (var stated in statedDays)
        {
            var time = winner.UtcDateTime.TimeOfDay;
            if (stated.Date == utcDay.AddDays(-1) && time < MaxOffsetBehindUtc)
            {
                // The largest whole-hour offset west of UTC that puts the instant on the day before.
                return winner.ToOffset(-TimeSpan.FromHours(Math.Floor(time.TotalHours) + 1));
            }

            if (stated.Date == utcDay.AddDays(1) && TimeSpan.FromDays(1) - time <= MaxOffsetAheadOfUtc)
            {
                return winner.ToOffset(TimeSpan.FromHours(24 - Math.Floor(time.TotalHours)));
            }
        }

        return winner;
    }

    private static IEnumerable<string?> OtherPublishedKeys(PageFacts facts)
    {
        foreach (var pair in facts.Meta)
        {
            if (Array.IndexOf(PublishedKeys, pair.Key) < 0 && Array.IndexOf(GenericKeys, pair.Key) < 0 && !DateZones.IsUpdateLabel(pair.Key) && PublishedKeyShape.IsMatch(pair.Key))
            {
                foreach (var value in pair.Value)
                {
                    yield return value;
                }
            }
        }
    }

    private static DateTimeOffset? FirstDate(IEnumerable<string?> values, DateTimeOffset reference, DayOrder order = DayOrder.DayFirst)
    {
        foreach (var value in values)
        {
            if (DateValue.Parse(value, order) is { } date && date <= reference)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>When the title resolver matched no heading: the first h1 or h2 that holds the title (or is held by it), else the first h1.</summary>
    private static PageNode? Headline(PageTree tree, string? title)
    {
        PageNode? firstH1 = null;
        var wanted = title is { Length: >= MinHeadlineMatch } ? MonthWords.Fold(title) : null;
        foreach (var node in tree.Nodes)
        {
            if ((node.Tag != "h1" && node.Tag != "h2") || node.Chars == 0)
            {
                continue;
            }

            // Only a heading about as long as the title can hold it or be held by it; its text is read only then.
            if (wanted is not null && node.Chars >= MinHeadlineMatch && node.Chars <= wanted.Length * 4 + MinHeadlineMatch)
            {
                var text = MonthWords.Fold(DateZones.Text(tree, node));
                if (text.Length >= MinHeadlineMatch && (text.Contains(wanted) || wanted.Contains(text)) && !DateZones.InFurniture(node))
                {
                    return node;
                }
            }

            if (node.Tag == "h1" && firstH1 is null && !DateZones.InFurniture(node))
            {
                firstH1 = node;
                if (wanted is null)
                {
                    return node;
                }
            }
        }

        return firstH1;
    }
}
