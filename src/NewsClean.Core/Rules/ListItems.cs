using System;
using NewsClean.Core.Engine;

namespace NewsClean.Core.Rules;

/// <summary>Shared reading of title lists under read-also markers and related-article headings.</summary>
internal static class ListItems
{
    /// <summary>A line that starts another block, so a list above it has ended.</summary>
    public static bool StartsBlock(Line line) =>
        (Phrases.ReadAlsoGate.Admits(line) && Phrases.ReadAlso.SafeMatch(line.Text).Success)
        || (line.Words <= 8 && Phrases.RelatedGate.Admits(line) && Phrases.RelatedHeading.SafeMatch(line.Text).Success)
        || (Phrases.KeywordGate.Admits(line) && Phrases.KeywordLine.SafeMatch(line.Text).Success)
        || (Phrases.SourceGate.Admits(line) && Phrases.SourceLine.SafeMatch(line.Text).Success);

    /// <summary>The title an item line holds (bullet or number removed), or null when the line is not a list item.</summary>
    public static string? ItemText(Line line, bool allowPlain)
    {
        var bullet = Phrases.ListBullet.SafeMatch(line.Text);
        if (bullet.Success && line.Words <= 30)
        {
            return bullet.Groups["item"].Value.Trim();
        }

        if (allowPlain && line.Words <= 25 && Zones.IsTitleLike(line) && !Zones.IsBodyLike(line))
        {
            return line.Text;
        }

        return null;
    }

    public static bool IsBullet(Line line) => Phrases.ListBullet.SafeMatch(line.Text).Success && line.Words <= 30;

    /// <summary>
    /// True when nothing after <paramref name="index"/> reads like article text up to the next read-also or related
    /// block (whose own articles are not the main article's text), or to the end: the page footer.
    /// </summary>
    public static bool InTail(DocumentState document, int index)
    {
        var marker = NextListMarker(document, index);
        if (marker < 0)
        {
            return index >= document.LastBodyLine(IsTextLine);
        }

        for (var i = index + 1; i < marker; i++)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && !line.IsClaimed && IsTextLine(line))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first line after <paramref name="index"/> that opens a read-also or related block, or -1 (found by text alone, so cached).</summary>
    private static int NextListMarker(DocumentState document, int index)
    {
        var next = document.NextListMarker;
        if (next is null)
        {
            next = new int[document.Lines.Count + 1];
            var found = -1;
            next[document.Lines.Count] = -1;
            for (var i = document.Lines.Count - 1; i >= 0; i--)
            {
                next[i] = found;
                var line = document.Lines[i];
                if (!line.IsBlank && line.Words <= 40
                    && ((Phrases.ReadAlsoGate.Admits(line) && Phrases.ReadAlso.SafeMatch(line.Text).Success)
                        || (line.Words <= 8 && Phrases.RelatedGate.Admits(line) && Phrases.RelatedHeading.SafeMatch(line.Text).Success)))
                {
                    found = i;
                }
            }

            document.NextListMarker = next;
        }

        var marker = index >= 0 && index < next.Length ? next[index] : -1;
        return marker >= document.ContentEnd ? -1 : marker;
    }

    /// <summary>One delegate instance, so the document's cache of the last text line is reused between calls.</summary>
    private static readonly Func<Line, bool> IsTextLine = line => Zones.IsBodyLike(line) && !IsBullet(line);
}
