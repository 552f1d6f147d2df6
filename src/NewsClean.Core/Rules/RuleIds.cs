namespace NewsClean.Core.Rules;

/// <summary>
/// Every rule id, in one place. Ranges are never reused: NC1xxx boilerplate, NC2xxx metadata,
/// NC3xxx validation, NC4xxx encoding/normalisation, NC9xxx engine.
/// </summary>
public static class RuleIds
{
    public const string ReadAlsoBlock = "NC1001";
    public const string EmbeddedArticle = "NC1002";
    public const string RelatedList = "NC1003";
    public const string ShareFollow = "NC1004";
    public const string Copyright = "NC1005";
    public const string WireMarker = "NC1006";
    public const string ContactFooter = "NC1007";
    public const string LinkLine = "NC1008";
    public const string CopyPasteFooter = "NC1009";
    public const string PhotoCaption = "NC1010";
    public const string Navigation = "NC1011";
    public const string AdvertisementLine = "NC1012";
    public const string SeparatorLine = "NC1013";
    public const string TaggedMarkup = "NC1014";
    public const string Kicker = "NC1015";

    public const string SiteHeader = "NC2001";
    public const string CrawlerTimestamp = "NC2002";
    public const string Headline = "NC2003";
    public const string PublishDateLine = "NC2004";
    public const string Byline = "NC2005";
    public const string SourceLine = "NC2006";
    public const string KeywordFooter = "NC2007";
    public const string TaggedField = "NC2008";
    public const string AggregatorLine = "NC2009";

    public const string TitleMissing = "NC3001";
    public const string TitleIsSiteName = "NC3002";
    public const string TitleLength = "NC3003";
    public const string BodyMissing = "NC3004";
    public const string BodyTooShort = "NC3005";
    public const string ArabicRatio = "NC3006";
    public const string ResidualBoilerplate = "NC3007";
    public const string DuplicateParagraphs = "NC3008";
    public const string PublishedInFuture = "NC3009";
    public const string PublishedTooOld = "NC3010";
    public const string MojibakeLeft = "NC3011";
    public const string MarkupLeft = "NC3012";
    public const string ControlCharactersLeft = "NC3013";

    public const string Windows1256Fallback = "NC4001";
    public const string ControlCharacters = "NC4002";
    public const string MojibakeRepaired = "NC4003";

    public const string InternalError = "NC9001";
    public const string ContentStrategy = "NC9002";
}
