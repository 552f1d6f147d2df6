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

    /// <summary>True when nothing after <paramref name="index"/> reads like article text: the page footer.</summary>
    public static bool InTail(DocumentState document, int index) => index >= document.LastBodyLine(IsTextLine);

    /// <summary>One delegate instance, so the document's cache of the last text line is reused between calls.</summary>
    private static readonly Func<Line, bool> IsTextLine = line => Zones.IsBodyLike(line) && !IsBullet(line);
}
