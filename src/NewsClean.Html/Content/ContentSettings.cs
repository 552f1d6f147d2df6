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

    /// <summary>The language is guessed from the page's first this many words of blocks that are not short (enough to tell, cheap).</summary>
    public const int LanguageSampleWords = 2000;

    /// <summary>Largest element the paragraph classifier skips for its furniture name alone (a box, not a page region).</summary>
    public const int FurnitureBoxMaxChars = 2000;

    /// <summary>A heading this close (characters of text between) above a good paragraph is that paragraph's subheading.</summary>
    public const int MaxHeadingDistance = 200;

    /// <summary>
    /// Arbitration: the classifier's paragraphs are added to the container scorer's only when the scorer lost at least
    /// this many characters of article-like paragraphs (a paragraph or two, not a stray line).
    /// </summary>
    public const int MinLostChars = 250;

    /// <summary>Arbitration: and when what it lost is at least this share of what it kept (a real part of the story).</summary>
    public const double MinLostShare = 0.5;

    /// <summary>
    /// Arbitration: a lost paragraph belongs to the scorer's story when no more than this many characters of blocks
    /// the classifier does not keep (labels, captions, an ad line) stand between it and the story.
    /// </summary>
    public const int MaxGapChars = 200;

    /// <summary>
    /// Arbitration: a run of good paragraphs away from the scorer's blocks is taken as a part of the story only when
    /// the classifier also keeps at least this share of the scorer's text (the two agree on what the story is).
    /// </summary>
    public const double MinSharedShare = 0.5;

    /// <summary>Arbitration: and when the run holds at least this many paragraphs (a teaser under a linked headline is one).</summary>
    public const int MinStoryParagraphs = 3;

    /// <summary>Arbitration: and at least this many characters (a section of a story, not a box of notes).</summary>
    public const int MinStoryChars = 600;

    /// <summary>Lead: a description or block shorter than this is a label, not a lead paragraph.</summary>
    public const int LeadMinChars = 40;

    /// <summary>Lead: share of the block's words (by length) that are in the page's description.</summary>
    public const double LeadSimilarity = 0.85;

    /// <summary>Lead: share of the description's words in the block (descriptions are often cut short with "…").</summary>
    public const double LeadCoverage = 0.6;

    /// <summary>Lead: how many blocks above the story are looked at (headline, byline, date and image lines sit between).</summary>
    public const int LeadSearchBlocks = 8;

    /// <summary>
    /// The pre-pass's margin: the prose outside the scorer's blocks is counted without white space and links, a lost
    /// paragraph with both (up to <see cref="MaxLinkDensity"/> of links, a space every five or six letters), so the
    /// count is scaled up by this much before it is compared with what the arbitration needs.
    /// </summary>
    public const double OutsideProseSlack = 1.6;

    /// <summary>Structured-data fallback: a JSON-LD articleBody shorter than this is a summary, never taken for the story.</summary>
    public const int StructuredBodyMinChars = 500;

    /// <summary>
    /// Structured-data fallback: the articleBody replaces the DOM's blocks only when they hold less than this share of
    /// its length (a caption or a teaser where a story should be; a DOM story with its lead cut still reads more).
    /// </summary>
    public const double StructuredBodyShare = 0.25;

    /// <summary>Structured-data fallback: at most this many JSON values are walked per script (a product feed is not an article).</summary>
    public const int StructuredBodyMaxValues = 20000;
}
