using System;
using System.Text.RegularExpressions;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>
/// What class names, ids and roles say about an element: article text, or page furniture (navigation, menus,
/// headers and footers, sidebars, related and most-read lists, share and social widgets, tags, comments,
/// breadcrumbs, ads, newsletters), in English and in the transliterated Arabic names sites use.
/// </summary>
internal static class ClassHints
{
    // The name patterns read class and id names, which the page tree lower-cases (PageTree), so they are case-sensitive:
    // IgnoreCase would only turn every literal into a case set.
    // The one compiled set in src/ (see RegexLimits): long alternations scanned over every class name of every page.
    // Measured (HTML bench, 400 pages, one core): 125-130 pages per CPU-second interpreted, 156-165 compiled; start-up
    // of one page 0.20 -> 0.26 CPU-s.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const RegexOptions TextOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The patterns are alternations of literals with bounded repeats, so they run in linear time: no match timeout (its
    // bookkeeping was a measurable share of the cost on pages with thousands of class names).
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    // Transliterated Arabic names: related (مرتبط، ذات صلة، مشابه), most read (الأكثر قراءة), comments (تعليقات),
    // tags (وسوم، كلمات دلالية), share (شارك، مشاركة), ads (إعلان), menu (قائمة), read-also (اقرأ أيضا), newsletter (نشرة).
    private const string ArabicFurniture =
        "mortabe?t|mortab[ie]?t|murtabit|zat-?sel|dhat-?sil|that-?sela|mushabih|moshabe|mshab|akthar|aktar|aktr-|a[ck]thar|ta3li[qk]|taa?li[qk]at|ta3lee[qk]|tale{1,3}q|" +
        "wos[ou]m|was[ou]m|wusum|kalimat|kalemat|dalal|sharek|mosharak|musharak|i3lan|e3lan|eelan|qa[e2]?ema|qaima|iqra|eqra|aqra-|nashra";

    private static readonly Regex Unlikely = new Regex(
        @"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|" +
        @"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|most-?read|" +
        @"most-?popular|trending|share|sharing|navbar|topbar|" + ArabicFurniture,
        Options, Timeout);

    private static readonly Regex MaybeCandidate = new Regex(@"and|article|body|column|content|main|shadow|story|entry|post|text|matn|nass|khabar", Options, Timeout);

    private static readonly Regex Positive = new Regex(
        @"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|matn|nass|khabar|maqal|details|detail",
        Options, Timeout);

    private static readonly Regex Negative = new Regex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|" +
        @"shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|most-?read|social|breadcrumb|byline|author|caption|credit|" + ArabicFurniture,
        Options, Timeout);

    /// <summary>Furniture inside an article container: removed when it holds a small part of the container's text.</summary>
    private static readonly Regex Furniture = new Regex(
        @"(?:^|[^a-z])(?:ads?|advert\w{0,20}|adv|dfp|gpt|banner|sponsor\w{0,20}|promo\w{0,20}|outbrain|taboola|mgid|teads)(?:$|[^a-z])|-ad-|adsbygoogle|ad-?slot|ad-?container|ad-?wrap|" +
        @"nav|menu|breadcrumb|footer|sidebar|aside|related|share|sharing|social|tags|tag-?list|tag-?cloud|keywords|comment|disqus|widget|newsletter|subscribe|" +
        @"most-?read|most-?popular|most-?viewed|trending|popular|read-?more|read-?also|more-?stories|recommend|print|toolbar|tools|follow|author-?bio|" +
        @"rating|pagination|pager|next-?prev|prev-?next|caption|credit|copyright|login|signup|paywall|cookie|gdpr|modal|popup|" +
        @"(?:post|entry|article)-?author|author-?(?:info|box|bio|description|details|profile|card|about)|about-?(?:the-?)?author|" + ArabicFurniture,
        Options, Timeout);

    private static readonly Regex CommentThread = new Regex(@"comment(?!ary)|disqus|replies|respond|ta3li[qk]|taa?li[qk]at|ta3lee[qk]", Options, Timeout);

    private static readonly Regex CommentWords = new Regex(@"\bcomments?\b|\bcommenting\b|تعليق|التعليقات|الآراء|الاراء|آراء القراء", TextOptions, Timeout);

    /// <summary>Boxes that hold the article's metadata (date, byline, section): the page metadata is read elsewhere.</summary>
    private static readonly Regex MetaBox = new Regex(
        @"byline|author|dateline|timestamp|posted-?on|(?:post|entry|article|story|news)-?(?:meta|info|date|time)|meta-?data|" +
        @"(?:^|[-_ ])(?:date|time|meta|publish(?:ed)?|updated|created|kicker)(?:$|[-_ ])",
        Options, Timeout);

    /// <summary>A post embedded as a quotation (a tweet, an Instagram post): the story quotes it, so it is text of the story.</summary>
    private static readonly Regex EmbeddedPost = new Regex(@"embed|tweet|instagram-media|tiktok-embed|fb-post", Options, Timeout);

    private static readonly Regex ShareElement = new Regex(@"(?:\b|_)(?:share|sharedaddy)(?:\b|_)", Options, Timeout);

    private static readonly Func<string, int, bool> AnswerName = Answer;

    // Indexed by the bit of each flag (see HintFlags): Patterns[i] answers flag 1 << i.
    private static readonly (Regex Pattern, HintFlags Flag)[] Patterns =
    {
        (Unlikely, HintFlags.Unlikely), (MaybeCandidate, HintFlags.MaybeCandidate), (Positive, HintFlags.Positive), (Negative, HintFlags.Negative),
        (Furniture, HintFlags.Furniture), (CommentThread, HintFlags.CommentThread), (MetaBox, HintFlags.MetaBox), (EmbeddedPost, HintFlags.EmbeddedPost),
        (ShareElement, HintFlags.ShareElement),
    };

    /// <summary>Readability's class weight: ±25 for class and for id, plus the semantic markers of an article body.</summary>
    public static int Weight(PageNode node) => node.WeightCache ??= ComputeWeight(node);

    private static int ComputeWeight(PageNode node)
    {
        var weight = 0;
        if (node.Class.Length > 0)
        {
            weight += Score(node, node.Class);
        }

        if (node.Id.Length > 0)
        {
            weight += Score(node, node.Id);
        }

        if (node.ItemProp == "articlebody" || node.ItemProp == "text")
        {
            weight += 25;
        }

        if (weight < 0 && Has(node, HintFlags.EmbeddedPost))
        {
            weight = 0;
        }

        return weight;
    }

    /// <summary>Readability's unlikely candidate: furniture by class, id or role, not also named like content.</summary>
    public static bool IsUnlikely(PageNode node) => node.UnlikelyCache ??= ComputeUnlikely(node);

    private static bool ComputeUnlikely(PageNode node)
    {
        if (node.Tag == "body" || node.Tag == "a" || node.Tag == "article" || node.Tag == "main" || node.ItemProp == "articlebody")
        {
            return false;
        }

        if (IsUnlikelyRole(node.Role))
        {
            return true;
        }

        return Has(node, HintFlags.Unlikely) && !Has(node, HintFlags.MaybeCandidate) && !Has(node, HintFlags.EmbeddedPost);
    }

    public static bool IsUnlikelyRole(string role) =>
        role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" || role == "alert" || role == "alertdialog" || role == "dialog"
        || role == "banner" || role == "contentinfo" || role == "search";

    /// <summary>Named like page furniture (or an element that is furniture by its tag).</summary>
    public static bool IsFurniture(PageNode node)
    {
        switch (node.Tag)
        {
            case "nav":
            case "aside":
            case "footer":
            case "form":
                return true;
        }

        if (IsUnlikelyRole(node.Role))
        {
            return true;
        }

        if (node.ItemProp == "articlebody")
        {
            return false;
        }

        return Has(node, HintFlags.Furniture) && !Has(node, HintFlags.EmbeddedPost);
    }

    /// <summary>A comment thread or comment form by its name (comments, disqus, replies).</summary>
    public static bool IsCommentThread(PageNode node) => Has(node, HintFlags.CommentThread);

    /// <summary>A comment thread that can be dropped whole: named like one, and not the page's article or main element.</summary>
    public static bool IsCommentThreadContainer(PageNode node) =>
        node.Tag != "body" && node.Tag != "article" && node.Tag != "main" && node.ItemProp != "articlebody" && Has(node, HintFlags.CommentThread)
        && !Has(node, HintFlags.MaybeCandidate);

    /// <summary>Text that talks about comments (a "Comments" heading, a posting policy).</summary>
    public static bool MentionsComments(string text) => Matches(CommentWords, text);

    public static bool IsEmbeddedPost(PageNode node) => Has(node, HintFlags.EmbeddedPost);

    public static bool IsMetaBox(PageNode node) => Has(node, HintFlags.MetaBox);

    public static bool IsShareElement(PageNode node) => Has(node, HintFlags.ShareElement);

    private static bool Has(PageNode node, HintFlags flag) => node.Hint.Length > 0 && Has(node, node.Hint, flag);

    /// <summary>Whether the pattern for <paramref name="flag"/> matches <paramref name="name"/>, asked once per page and name.</summary>
    private static bool Has(PageNode node, string name, HintFlags flag) => node.Hints.Ask(name, BitOf(flag), AnswerName);

    private static bool Answer(string name, int bit) => Matches(Patterns[bit].Pattern, name);

    /// <summary>True when each pattern sits at the bit of its flag (checked by a test).</summary>
    internal static bool PatternsFollowFlagBits()
    {
        for (var i = 0; i < Patterns.Length; i++)
        {
            if ((int)Patterns[i].Flag != 1 << i)
            {
                return false;
            }
        }

        return true;
    }

    private static int BitOf(HintFlags flag)
    {
        var bit = 0;
        for (var value = (int)flag; value > 1; value >>= 1)
        {
            bit++;
        }

        return bit;
    }

    private static int Score(PageNode node, string name) =>
        (Has(node, name, HintFlags.Negative) ? -25 : 0) + (Has(node, name, HintFlags.Positive) ? 25 : 0);

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
