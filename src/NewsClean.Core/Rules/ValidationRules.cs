using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>
/// The NC3xxx validation checks, described here so the catalogue (Get-CleanRule, the analyzer, docs) lists them with
/// the cleaning rules; NewsClean.Validation implements them with FluentValidation.
/// </summary>
public static class ValidationRules
{
    public static readonly RuleDescriptor TitleMissing = Create(RuleIds.TitleMissing, "Title missing", "Title is empty in {0}", RuleSeverity.Warning,
        "The article has no title. A warning by default (many dumps carry only the body); an error with the RequireTitle setting.");

    public static readonly RuleDescriptor TitleIsSiteName = Create(RuleIds.TitleIsSiteName, "Title is the site name", "Title '{0}' is the name of the site", RuleSeverity.Error,
        "The title equals the site's name, so the real headline was lost (a page title or header line was taken instead).");

    public static readonly RuleDescriptor TitleLength = Create(RuleIds.TitleLength, "Title length", "Title has {0} characters", RuleSeverity.Warning,
        "The title is shorter than MinTitleLength or longer than MaxTitleLength characters: likely a label or a paragraph taken as the headline.");

    public static readonly RuleDescriptor BodyMissing = Create(RuleIds.BodyMissing, "Body missing", "Body is empty in {0}", RuleSeverity.Error,
        "Nothing of the document is left as article text: it was all boilerplate or empty.");

    public static readonly RuleDescriptor BodyTooShort = Create(RuleIds.BodyTooShort, "Body too short", "Body has {0} words", RuleSeverity.Error,
        "The body has fewer words than MinBodyWords: a stub, a teaser or a page of links rather than an article.");

    public static readonly RuleDescriptor ArabicRatio = Create(RuleIds.ArabicRatio, "Too little Arabic", "Body has {0} Arabic letters among its letters", RuleSeverity.Error,
        "When the expected language is Arabic, the share of Arabic letters among the body's letters is below MinArabicRatio (wrong page, wrong language or broken encoding).");

    public static readonly RuleDescriptor ResidualBoilerplate = Create(RuleIds.ResidualBoilerplate, "Boilerplate left in body", "Body still holds boilerplate: {0}", RuleSeverity.Warning,
        "Running the boilerplate rules over the clean body finds something: a read-also line, a share line, a copyright line... left in the text.");

    public static readonly RuleDescriptor DuplicateParagraphs = Create(RuleIds.DuplicateParagraphs, "Duplicated paragraphs", "Paragraph repeated: {0}", RuleSeverity.Warning,
        "The same paragraph appears more than once in the body (a page printed twice, a pull quote, a scraping loop).");

    public static readonly RuleDescriptor PublishedInFuture = Create(RuleIds.PublishedInFuture, "Publish date after crawl", "PublishedAt {0} is after the crawl time", RuleSeverity.Error,
        "The publish date is later than the crawl time (or now, when the crawl time is unknown) by more than FutureToleranceHours: a misparsed date.");

    public static readonly RuleDescriptor PublishedTooOld = Create(RuleIds.PublishedTooOld, "Publish date too old", "PublishedAt {0} is before the earliest plausible date", RuleSeverity.Warning,
        "The publish date is before MinPublishedYear: a misparsed date (often a Hijri year read as Gregorian).");

    public static readonly RuleDescriptor Mojibake = Create(RuleIds.MojibakeLeft, "Mojibake", "Text is double-encoded or broken: {0}", RuleSeverity.Error,
        "The title or body holds mojibake (UTF-8 read as Latin-1, Windows-1252 or Windows-1256, such as 'Ø§Ù„' or 'ط§ظ„') or runs of U+FFFD replacement characters.");

    public static readonly RuleDescriptor MarkupLeft = Create(RuleIds.MarkupLeft, "Markup left", "Text holds HTML markup: {0}", RuleSeverity.Error,
        "The title or body still holds HTML tags or character entities.");

    public static readonly RuleDescriptor ControlCharacters = Create(RuleIds.ControlCharactersLeft, "Control characters", "Text holds control or bidi-override character {0}", RuleSeverity.Error,
        "The title or body holds C0/C1 control characters or bidi embedding/override/isolate characters (U+202A-U+202E, U+2066-U+2069), which corrupt display and tokenisation.");

    internal static readonly RuleDescriptor[] All =
    {
        TitleMissing, TitleIsSiteName, TitleLength, BodyMissing, BodyTooShort, ArabicRatio, ResidualBoilerplate, DuplicateParagraphs,
        PublishedInFuture, PublishedTooOld, Mojibake, MarkupLeft, ControlCharacters,
    };

    private static RuleDescriptor Create(string id, string title, string message, RuleSeverity severity, string description) =>
        new RuleDescriptor(id, title, message, RuleCategory.Validation, severity, description);
}
