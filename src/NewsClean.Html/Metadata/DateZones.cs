using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Where on a page a date stands: in furniture (comments, sidebars, related and teaser lists, navigation, the site
/// footer), whose dates are other pages' or readers', or in the article; and the text of an element and of the label
/// before it. Kept apart from the content extractor's hints: a date box is article metadata, not furniture, there.
/// </summary>
internal static class DateZones
{
    /// <summary>How many levels up a label before an element is looked for (a label often sits in the parent's sibling).</summary>
    public const int LabelLevels = 2;

    /// <summary>An element holding more than this share of the page's text is not furniture, whatever its name.</summary>
    public const double FurnitureMaxShare = 0.5;

    // The name patterns are alternations of literals, so they run in linear time: no match timeout (as the content
    // extractor's class hints; the timeout's bookkeeping costs more than the match on pages with thousands of names).
    private static readonly TimeSpan NameTimeout = Regex.InfiniteMatchTimeout;

    // Other content: comments, related and most-read lists, tickers. Their dates are other pages' or readers', wherever they stand.
    private static readonly Regex OtherContentHint = new Regex(
        @"comment(?!ary)|disqus|replies|respond|related|recommend|popular|most-?read|most-?viewed|trending|" +
        @"more-?(?:stories|news|articles)|read-?also|read-?more|newsletter|archive|ticker|carousel|slider",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    // Page layout: sidebars, widgets, navigation, the site footer. Inside the headline's own article, or named like metadata
    // too ("nav meta", "sidebar__item--header"), such an element holds the article's date.
    private static readonly Regex LayoutHint = new Regex(
        @"sidebar|widget|breadcrumb|(?:^|[^a-z])nav|menu|(?<!(?:post|entry|article|node|story|content|item)[-_]{0,2})footer",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    private static readonly Regex MetadataHint = new Regex(
        @"meta|date|time|byline|author|info|header",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    private static readonly Regex ArticleHeaderHint = new Regex(
        @"article|entry|post|story|news|content|single|detail|headline|title",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    // Labels and names of an update ("Updated", "aktualisiert", "mis à jour", "Stand", "تحديث").
    private static readonly Regex UpdateWords = new Regex(
        @"updat|modif|revis|edited|aktualisiert|geändert|änderung|stand\b|mis\s+à\s+jour|mise\s+à\s+jour|actualiz|aggiornat|atualizad|güncelle|bijgewerkt|gewijzigd|обновл|تحديث|تعديل|عدل\s+في|به\s*روز",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    // Names of elements that hold a date (class or id).
    private static readonly Regex DateHint = new Regex(
        @"date|time|publi|posted|created|submitted|datum|fecha|data|zeit|meta|info|byline|dateline|tarikh|tareekh|stamp|entry|when|day",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NameTimeout);

    /// <summary>A label or name that says "updated" in one of the page languages.</summary>
    public static bool IsUpdateLabel(string text) => text.Length > 0 && UpdateWords.IsMatch(text);

    /// <summary>A class or id named like a date box (date, time, posted, datum, fecha, byline...).</summary>
    public static bool IsDateName(string hint) => hint.Length > 0 && DateHint.IsMatch(hint);

    /// <summary>
    /// The element itself is furniture (its own tag, role, class or id; not its ancestors'); layout names do not count inside
    /// the headline's article (<paramref name="inArticle"/>). <paramref name="memo"/> keeps one page's verdicts by class name.
    /// </summary>
    public static bool IsFurniture(PageNode node, bool inArticle = false, Dictionary<string, HintKind>? memo = null)
    {
        if (node.IsText)
        {
            return false;
        }

        switch (node.Tag)
        {
            case "nav":
            case "aside":
                return !inArticle;
            case "footer":
                return !node.HasAncestor("article");
            case "header":
                // The site's masthead (today's date, the edition's date); an article's own header is named so or sits in the article.
                return !node.HasAncestor("article") && !ArticleHeaderHint.IsMatch(node.Hint);
            case "article":
            case "main":
            case "body":
                return false;
        }

        switch (node.Role)
        {
            case "banner":
            case "navigation":
            case "complementary":
            case "menu":
            case "menubar":
            case "contentinfo":
            case "search":
                return true;
        }

        if (node.Hint.Length == 0)
        {
            return false;
        }

        var kind = memo is null ? Classify(node.Hint) : Memo(memo, node.Hint);
        return kind == HintKind.OtherContent || (kind == HintKind.Layout && !inArticle);
    }

    private static HintKind Memo(Dictionary<string, HintKind> memo, string hint)
    {
        if (!memo.TryGetValue(hint, out var kind))
        {
            kind = Classify(hint);
            memo[hint] = kind;
        }

        return kind;
    }

    private static HintKind Classify(string hint) =>
        OtherContentHint.IsMatch(hint) ? HintKind.OtherContent
        : LayoutHint.IsMatch(hint) && !MetadataHint.IsMatch(hint) ? HintKind.Layout
        : HintKind.None;

    /// <summary>The element or one of its ancestors is furniture.</summary>
    public static bool InFurniture(PageNode node)
    {
        for (var p = node; p is not null; p = p.Parent)
        {
            if (IsFurniture(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element's text: its text nodes joined by single spaces (a &lt;br&gt; or a block boundary never glues two words).</summary>
    public static string Text(PageTree tree, PageNode node)
    {
        if (node.IsText)
        {
            return HtmlText.CollapseSpace(HtmlText.Decode(node.Raw), HtmlText.IsSpace);
        }

        var builder = new StringBuilder();
        for (var i = node.Index + 1; i < node.End; i++)
        {
            var child = tree.Nodes[i];
            if (child.IsText)
            {
                builder.Append(child.Page, child.RawStart, child.RawLength).Append(' ');
            }
        }

        return HtmlText.CollapseSpace(HtmlText.Decode(builder.ToString()), HtmlText.IsSpace);
    }

    /// <summary>The last <paramref name="max"/> characters of text before the element within its parent (or grandparent).</summary>
    public static string LabelBefore(PageTree tree, PageNode node, int max)
    {
        var current = node;
        for (var level = 0; level < LabelLevels && current.Parent is { } parent; level++)
        {
            var builder = new StringBuilder();
            foreach (var sibling in parent.Children)
            {
                if (ReferenceEquals(sibling, current))
                {
                    break;
                }

                builder.Append(Text(tree, sibling)).Append(' ');
            }

            var label = builder.ToString().Trim();
            if (label.Length > 0)
            {
                return label.Length <= max ? label : label.Substring(label.Length - max);
            }

            current = parent;
        }

        return string.Empty;
    }
}
