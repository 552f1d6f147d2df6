namespace NewsClean.Html.Content;

/// <summary>
/// The named thresholds of the paragraph classifier and of the arbitration between content strategies, each with
/// its reason. Lengths count characters of a block's visible text; densities are shares of that text.
/// </summary>
internal static class ContentSettings
{
    /// <summary>Under this a block is "short": a label, a byline, a button text, or a short line of prose (jusText's length_low).</summary>
    public const int ShortBlockChars = 70;

    /// <summary>Over this a block dense in function words is a paragraph of prose on its own (jusText's length_high).</summary>
    public const int LongBlockChars = 200;

    /// <summary>A block with more of its text in links than this is navigation or a related list, not a paragraph.</summary>
    public const double MaxLinkDensity = 0.2;

    /// <summary>
    /// Share of a block's words that are function words at or above which it reads as prose (near-good). Set for the
    /// short lists of <see cref="StopWords"/>: prose in the listed languages runs at 0.25-0.45 with them, menus and
    /// labels under 0.1.
    /// </summary>
    public const double StopWordsLow = 0.15;

    /// <summary>At or above this share (with <see cref="LongBlockChars"/>) a block is good prose without looking at its neighbours.</summary>
    public const double StopWordsHigh = 0.2;

    /// <summary>
    /// When no list reaches this share over the page's text the page is in a language without a list: the classifier
    /// then judges by length and link density alone (jusText's language-independent mode).
    /// </summary>
    public const double LanguageMinimumShare = 0.08;

    /// <summary>A heading this close (characters of text between) above a good paragraph is that paragraph's subheading.</summary>
    public const int MaxHeadingDistance = 200;

    /// <summary>
    /// Arbitration: the paragraph classifier wins only when it keeps at least this many characters of article-like
    /// paragraphs that the container scorer lost (a lost paragraph or two, not a stray line).
    /// </summary>
    public const int MinLostChars = 250;

    /// <summary>Arbitration: and when its article-like text is at least this many times the container scorer's.</summary>
    public const double PreferRatio = 1.5;

    /// <summary>
    /// Arbitration: and when it also keeps at least this share of the container scorer's text. Two
    /// strategies that keep different texts disagree on what the article is, and then the structure-aware scorer
    /// is trusted; one that keeps the scorer's text and more has found the paragraphs the scorer lost.
    /// </summary>
    public const double MinSharedShare = 0.5;
}
