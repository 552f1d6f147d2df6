using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsClean.Html.Content;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Titles listed in the page's related, read-also and most-read boxes (named so by class or id, or headed by such
/// a phrase): they go to RelatedTitles, as the same lists do in a text dump.
/// </summary>
internal static class RelatedReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly TimeSpan Timeout = NewsClean.Core.Text.RegexLimits.MatchTimeout;

    private static readonly Regex RelatedHint = new Regex(
        @"related|most-?read|mostread|most-?viewed|most-?popular|popular|trending|hot-?(?:news|articles?)|more-?(?:news|stories|articles)|" +
        @"read-?(?:also|more)|also-?read|recommend|similar|mortabe?t|murtabit|zat-?sel|dhat-?sil|akthar|aktar|mushabih|moshabe|iqra|eqra",
        Options, Timeout);

    private static readonly Regex RelatedPhrase = new Regex(
        @"ذات صلة|مشابهة|الأكثر (?:قراءة|قراءه|مشاهدة|تداولا|شعبية)|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا|قد يهمك|أخبار متعلقة|" +
        @"^\W*related|most (?:read|popular|viewed)|read (?:more|also)|more (?:stories|news)|you (?:may|might) also like|recommended|trending",
        Options, Timeout);

    public static List<string> Read(PageTree tree, PageNode? headline)
    {
        var titles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var none = tree.NothingRemoved;
        var nodes = tree.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.IsText || node.Links < 2 || PageTree.LinkDensity(node) < 0.5)
            {
                continue;
            }

            if (headline is not null && headline.Index >= node.Index && headline.Index < node.End)
            {
                continue;
            }

            var named = node.Hint.Length > 0 && RelatedHint.IsMatch(node.Hint);
            if (!named && !HeadedAsRelated(node, none))
            {
                continue;
            }

            var found = new List<string>();
            for (var j = node.Index + 1; j < node.End; j++)
            {
                var anchor = nodes[j];
                if (anchor.Tag != "a")
                {
                    continue;
                }

                var text = BlockWriter.PlainText(anchor, none).Trim();
                var words = TitleText.WordCount(text);
                if (words >= 3 && words <= 40)
                {
                    found.Add(text);
                }

                j = anchor.End - 1;
            }

            if (found.Count >= 2)
            {
                foreach (var title in found)
                {
                    if (seen.Add(title))
                    {
                        titles.Add(title);
                    }
                }

                i = node.End - 1;
            }
        }

        return titles;
    }

    /// <summary>The box's first heading ("أخبار ذات صلة", "الأكثر قراءة", "Related") names it.</summary>
    private static bool HeadedAsRelated(PageNode node, bool[] none)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                continue;
            }

            if (child.Links > 0 && child.Tag != "h2" && child.Tag != "h3" && child.Tag != "h4")
            {
                return false;
            }

            if (child.Chars is > 0 and <= 60)
            {
                var text = BlockWriter.PlainText(child, none).Trim();
                return RelatedPhrase.IsMatch(text);
            }
        }

        return false;
    }
}
