using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using HtmlAgilityPack;
using NewsClean.Core;
using NewsClean.Core.Dates;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using NewsClean.Html.Content;
using NewsClean.Html.Decoding;
using NewsClean.Html.Dom;
using NewsClean.Html.Metadata;

namespace NewsClean.Html;

/// <summary>
/// Reads an HTML page into the same clean article the text engine gives for a text dump: decode the page, read
/// its metadata, find the main content, and run the content's blocks through <see cref="ArticleCleaner"/> with
/// the metadata as hints. Thread-safe and stateless: one instance serves any number of pages on any threads.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const int MaxNesting = 2500;

    private static readonly Regex InlineTags = new Regex(
        @"</?(?:font|span|b|i|u|em|strong|small|big|center|a|nobr|sup|sub)\b[^>]{0,1000}>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    private static readonly Regex TemplateBody = new Regex(
        @"<[a-z][a-z0-9]{0,20}\b[^>]{0,500}?\bitemprop\s*=\s*[""']?articleBody[""']?[^>]{0,500}>\s*(?<open><script\b[^>]{0,200}?\btype\s*=\s*[""']?text/template[""']?[^>]{0,200}>)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, NewsClean.Core.Text.RegexLimits.MatchTimeout);

    /// <summary>Reads a page from its bytes (the encoding is detected).</summary>
    public HtmlExtraction Extract(byte[] page)
    {
        if (page is null)
        {
            throw new ArgumentNullException(nameof(page));
        }

        return Extract(PageDecoder.Decode(page, repairMojibake: true));
    }

    /// <summary>Reads a page already decoded to text.</summary>
    public HtmlExtraction Extract(string html)
    {
        if (html is null)
        {
            throw new ArgumentNullException(nameof(html));
        }

        return Extract(PageDecoder.FromString(html, repairMojibake: true));
    }

    /// <summary>Cleans a page read from a file: the article, or the reason there is none.</summary>
    public CleanResult CleanHtml(byte[] page, string? sourcePath, CleanerOptions options)
    {
        if (page is null)
        {
            throw new ArgumentNullException(nameof(page));
        }

        return CleanHtml(new DocumentInput(page) { SourcePath = sourcePath }, options);
    }

    /// <summary>Cleans a page given as text (a record's Html field).</summary>
    public CleanResult CleanHtml(string html, string? sourcePath, CleanerOptions options)
    {
        if (html is null)
        {
            throw new ArgumentNullException(nameof(html));
        }

        return CleanHtml(new DocumentInput(html) { SourcePath = sourcePath }, options);
    }

    /// <summary>
    /// Cleans the page held by <paramref name="input"/> (its Bytes or Text). Fields the host set on the input (a
    /// record's Title, Url, Date, Source...) win over what the page says. Findings' spans point into the decoded page
    /// (<see cref="CleanResult.OriginalText"/>); findings about the page as a whole (encoding) have an empty span at 0.
    /// </summary>
    public CleanResult CleanHtml(DocumentInput input, CleanerOptions options, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var repair = options.IsEnabled(RuleIds.MojibakeRepaired);
        var extraction = Extract(input.Bytes is not null ? PageDecoder.Decode(input.Bytes, repair) : PageDecoder.FromString(input.Text ?? string.Empty, repair));
        if (extraction.Error is not null)
        {
            return CleanResult.Failure(extraction.Html, extraction.Error);
        }

        if (extraction.Blocks.Count == 0)
        {
            // A page without body text is still a record: its title and dates are kept, and the validator reports the
            // empty Body (NC3004) and a missing title (NC3001). Only empty input is no document (see Extract).
            return CleanResult.Success(extraction.Html, MetadataOnly(input, extraction));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The page was already checked for mojibake (only where the detector sees some): the blocks need no second pass.
        var textOptions = new CleanerOptions(options.ExcludedRules.Concat(new[] { RuleIds.MojibakeRepaired }));
        var result = new ArticleCleaner(textOptions).Clean(Hints(input, extraction), cancellationToken);
        if (result.Article is not { } article)
        {
            return CleanResult.Failure(extraction.Html, result.Error ?? new DocumentError(DocumentError.InternalError, "The engine returned neither an article nor an error."));
        }

        var findings = PageFindings(extraction);

        var mapper = new FindingMapper(extraction);
        findings.AddRange(extraction.ContentFindings);
        findings.AddRange(article.Findings.Select(mapper.Map));
        var metadata = new ArticleMetadata
        {
            Site = article.Site,
            ScrapedAt = article.ScrapedAt,
            PublishedAt = article.PublishedAt,
            ModifiedAt = article.ModifiedAt,
            Source = article.Source,
            Byline = article.Byline,
            Url = article.Url,
            SourceId = article.SourceId,
            Keywords = article.Keywords,
            RelatedTitles = Merge(article.RelatedTitles, extraction.Metadata.RelatedTitles),
        };
        var mapped = new CleanArticle(article.Title, article.Paragraphs, metadata, article.EmbeddedArticles, findings, input.SourcePath, extraction.Encoding);
        return CleanResult.Success(extraction.Html, mapped);
    }

    /// <summary>Findings about the page as a whole, as the text engine reports them for a file.</summary>
    private static List<Finding> PageFindings(HtmlExtraction extraction)
    {
        var findings = new List<Finding>();
        if (extraction.UsedFallback)
        {
            findings.Add(new Finding(EngineRules.Windows1256Fallback, 0, 0, 1, 1, string.Empty, extraction.Encoding));
        }

        if (extraction.DroppedNuls > 0)
        {
            findings.Add(new Finding(EngineRules.NulCharacters, 0, 0, 1, 1, string.Empty, extraction.DroppedNuls));
        }

        if (extraction.MojibakeRepair is not null)
        {
            findings.Add(new Finding(EngineRules.Mojibake, 0, 0, 1, 1, string.Empty, extraction.MojibakeRepair));
        }

        return findings;
    }

    /// <summary>The arbitration's verdict, when the strategies disagreed enough for it to matter.</summary>
    private static IReadOnlyList<Finding> StrategyFindings(ContentChoice choice)
    {
        string value;
        switch (choice.Strategy)
        {
            case ContentStrategy.ParagraphClassifier:
                value = "paragraph classifier (" + choice.ClassifierChars + " characters of article-like paragraphs; the container scorer found no container)";
                break;
            case ContentStrategy.ContainerScoreAndClassifier:
                value = "container scorer and paragraph classifier (" + choice.LostChars + " characters of article-like paragraphs next to the container's "
                    + choice.ContainerChars + " added)";
                break;
            case ContentStrategy.StructuredData:
                value = "structured data (the JSON-LD articleBody's " + choice.ClassifierChars + " characters; the page's elements held " + choice.ContainerChars + ")";
                break;
            default:
                return Array.Empty<Finding>();
        }

        return new[] { new Finding(EngineRules.ContentStrategy, 0, 0, 1, 1, string.Empty, value) };
    }

    /// <summary>The record of a page without body text: the page's (or the host's) fields, an empty Body.</summary>
    private static CleanArticle MetadataOnly(DocumentInput input, HtmlExtraction extraction)
    {
        var hints = Hints(input, extraction);
        var findings = PageFindings(extraction);
        findings.AddRange(extraction.ContentFindings);
        var metadata = new ArticleMetadata
        {
            Site = hints.Site,
            PublishedAt = hints.PublishedAt,
            ModifiedAt = hints.ModifiedAt,
            Source = hints.Source,
            Byline = hints.Byline,
            Url = hints.Url,
            SourceId = hints.SourceId,
            Keywords = hints.Keywords?.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>(),
            RelatedTitles = extraction.Metadata.RelatedTitles,
        };
        var title = string.IsNullOrWhiteSpace(hints.Title) ? null : hints.Title!.Trim();
        return new CleanArticle(title, Array.Empty<string>(), metadata, Array.Empty<CleanArticle>(), findings, input.SourcePath, extraction.Encoding);
    }

    private static HtmlExtraction Extract(DecodedPage decoded)
    {
        var empty = new PageMetadata(null, null, null, null, null, Array.Empty<string>(), null, null, null, Array.Empty<string>());
        if (decoded.Text is null)
        {
            return new HtmlExtraction(string.Empty, null, null, false, 0, null, empty, Array.Empty<ContentBlock>(),
                new DocumentError(DocumentError.BinaryContent, "The document is not text: " + decoded.BinaryReason + "."));
        }

        var html = decoded.Text;
        var mojibake = decoded.Mojibake is null ? null : decoded.Mojibake.Description + " (" + decoded.Mojibake.Runs + " runs repaired)";
        if (string.IsNullOrWhiteSpace(html))
        {
            return new HtmlExtraction(html, decoded.Encoding, decoded.DeclaredCharset, decoded.UsedFallback, decoded.DroppedNuls, mojibake, empty, Array.Empty<ContentBlock>(),
                new DocumentError(DocumentError.EmptyDocument, "The document is empty or holds only white space."));
        }

        // The tree reads its text from the string parsed, so both see a deferred body unwrapped (offsets are the page's).
        var parsed = html.IndexOf("text/template", StringComparison.OrdinalIgnoreCase) >= 0 ? UnwrapTemplateBodies(html) : html;
        var document = Parse(parsed);
        if (document is null)
        {
            return new HtmlExtraction(html, decoded.Encoding, decoded.DeclaredCharset, decoded.UsedFallback, decoded.DroppedNuls, mojibake, empty, Array.Empty<ContentBlock>(),
                new DocumentError(DocumentError.DecodingFailed, "The page nests its elements more than " + MaxNesting + " deep; it cannot be read as HTML."));
        }

        var collector = new FactCollector();
        var tree = PageTree.Build(document, parsed, collector);
        PageTree.Measure(tree.Root, tree.NothingRemoved);
        var metadata = MetadataResolver.Resolve(collector.Facts, tree);
        var choice = ContentSelector.Select(tree, metadata.Title, metadata.Language, metadata.Description);
        var structured = StructuredBody.Replace(choice.Blocks, StructuredBody.LongestArticleBody(collector.Facts.JsonLdScripts), html);
        if (structured is not null)
        {
            var read = choice.Blocks.Sum(b => b.Text.Length);
            choice = new ContentChoice(structured, ContentStrategy.StructuredData, read, structured.Sum(b => b.Text.Length), 0);
        }

        return new HtmlExtraction(html, decoded.Encoding, decoded.DeclaredCharset, decoded.UsedFallback, decoded.DroppedNuls, mojibake, metadata, choice.Blocks, null,
            choice.Strategy, StrategyFindings(choice));
    }

    /// <summary>
    /// An article body deferred in a script template (the element marked itemprop="articleBody" holds nothing but a
    /// <c>&lt;script type="text/template"&gt;</c> that the page's script renders, as blog platforms do): the script's
    /// tags are blanked (same length, so offsets hold) and its markup is read as the body it is. Templates anywhere
    /// else (widgets, dialogs) stay scripts.
    /// </summary>
    internal static string UnwrapTemplateBodies(string html)
    {
        var text = html;
        MatchCollection matches;
        try
        {
            matches = TemplateBody.Matches(html);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            return html;
        }

        foreach (Match match in matches)
        {
            var open = match.Groups["open"];
            var close = html.IndexOf("</script", open.Index + open.Length, StringComparison.OrdinalIgnoreCase);
            var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
            if (closeEnd < 0)
            {
                continue;
            }

            var chars = text.ToCharArray();
            for (var i = open.Index; i < open.Index + open.Length; i++)
            {
                chars[i] = ' ';
            }

            for (var i = close; i <= closeEnd; i++)
            {
                chars[i] = ' ';
            }

            text = new string(chars);
        }

        return text;
    }

    /// <summary>Titles the text rules found (read-also lines inside the article) first, then the page's related boxes.</summary>
    private static IReadOnlyList<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (second.Count == 0)
        {
            return first;
        }

        var seen = new HashSet<string>(first, StringComparer.Ordinal);
        var merged = new List<string>(first);
        merged.AddRange(second.Where(seen.Add));
        return merged;
    }

    /// <summary>
    /// Parses the page. The parser's time grows with the square of nesting depth, so depth is capped; a page over the cap
    /// (unclosed font or span tags, one inside the next) is parsed again with its inline formatting tags blanked out
    /// (same length, so offsets still hold), and given up only if that is still too deep.
    /// </summary>
    private static HtmlDocument? Parse(string html)
    {
        foreach (var text in new[] { html, null })
        {
            // The page is already decoded (PageDecoder): the parser must not look up the declared charset again (utf-7 throws on .NET).
            var document = new HtmlDocument { OptionUseIdAttribute = false, OptionCheckSyntax = false, OptionReadEncoding = false, OptionMaxNestedChildNodes = MaxNesting };
            try
            {
                document.LoadHtml(text ?? InlineTags.Replace(html, m => new string(' ', m.Length)));
                return document;
            }
            catch (Exception ex) when (ex.GetType() == typeof(Exception))
            {
                // HtmlAgilityPack reports too deep a nesting with a plain Exception.
            }
        }

        return null;
    }

    /// <summary>The text engine's input: the content blocks, with the page metadata as hints under the host's own fields.</summary>
    private static DocumentInput Hints(DocumentInput input, HtmlExtraction extraction)
    {
        var page = extraction.Metadata;
        DateTimeOffset? published = input.PublishedAt;
        if (published is null && !string.IsNullOrWhiteSpace(input.Date) && ArabicDateParser.TryFindDate(input.Date!, out var given))
        {
            published = given.Value;
        }

        var keywords = new List<string>();
        if (input.Keywords is not null)
        {
            keywords.AddRange(input.Keywords);
        }

        keywords.AddRange(page.Keywords);
        return new DocumentInput(extraction.ContentText)
        {
            SourcePath = input.SourcePath,
            Title = string.IsNullOrWhiteSpace(input.Title) ? page.Title : input.Title,
            Url = string.IsNullOrWhiteSpace(input.Url) ? page.Url : input.Url,
            Date = input.Date,
            PublishedAt = published ?? page.PublishedAt,
            ModifiedAt = input.ModifiedAt ?? page.ModifiedAt,
            Site = string.IsNullOrWhiteSpace(input.Site) ? page.Site : input.Site,
            Byline = string.IsNullOrWhiteSpace(input.Byline) ? page.Byline : input.Byline,
            Source = input.Source,
            SourceId = input.SourceId,
            Keywords = keywords,
        };
    }
}
