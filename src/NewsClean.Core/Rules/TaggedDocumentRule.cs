using System;
using System.Text.RegularExpressions;
using NewsClean.Core.Dates;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>TREC-like tagged documents (&lt;DOC&gt;, &lt;TITLE&gt;, &lt;TIME&gt;, &lt;SRC&gt;, &lt;ABSTRACT&gt;, &lt;TEXT&gt;): fields to metadata, markup dropped.</summary>
public sealed class TaggedDocumentRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.TaggedField, "Tagged document field", "Tagged field '{0}' moved to metadata", RuleCategory.Metadata, RuleSeverity.Info,
        "In a TREC-like tagged document, the <TITLE>, <TIME>, <SRC>, <URL>, <AUTHOR> and <DOCNO> fields become Title, PublishedAt, Site, Url, Byline and SourceId; only <TEXT> is article content.");

    internal static readonly RuleDescriptor Markup = new RuleDescriptor(
        RuleIds.TaggedMarkup, "Tagged document markup", "Tagged markup '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Info,
        "The <DOC>/<TEXT> tags of a TREC-like document and its <ABSTRACT> (a summary written for the listing, not article text) are removed.");

    private static readonly Regex Field = new Regex(@"^<(?<tag>[A-Za-z]{2,12})>(?<value>.{0,2000}?)</\k<tag>>$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);
    private static readonly Regex Open = new Regex(@"^<(?<tag>[A-Za-z]{2,12})>$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public override RuleDescriptor Descriptor => Rule;

    public override System.Collections.Generic.IEnumerable<RuleDescriptor> Descriptors
    {
        get
        {
            yield return Rule;
            yield return Markup;
        }
    }

    internal override void Apply(DocumentState document)
    {
        var first = document.NextNonBlank(document.ContentStart - 1);
        if (first is null || !first.Text.Equals("<DOC>", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        int textStart = -1, textEnd = -1;
        for (var i = first.Index; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            var field = Field.SafeMatch(line.Text);
            if (field.Success)
            {
                var value = field.Groups["value"].Value.Trim();
                if (field.Groups["tag"].Value.Equals("ABSTRACT", StringComparison.OrdinalIgnoreCase))
                {
                    document.Claim(line, Markup, value);
                    continue;
                }

                document.Claim(line, Rule, value);
                SetField(document, field.Groups["tag"].Value.ToUpperInvariant(), value);
                continue;
            }

            var open = Open.SafeMatch(line.Text);
            if (open.Success && open.Groups["tag"].Value.Equals("TEXT", StringComparison.OrdinalIgnoreCase))
            {
                document.Claim(line, Markup);
                textStart = i + 1;
                textEnd = FindClose(document, i + 1, "TEXT");
                if (textEnd < document.Lines.Count)
                {
                    document.Claim(document.Lines[textEnd], Markup);
                }

                i = textEnd;
                continue;
            }

            if (open.Success && !open.Groups["tag"].Value.Equals("DOC", StringComparison.OrdinalIgnoreCase))
            {
                var close = FindClose(document, i + 1, open.Groups["tag"].Value);
                document.ClaimBlock(i, Math.Min(close, document.Lines.Count - 1), Markup, null);
                i = close;
                continue;
            }

            document.Claim(line, Markup);
        }

        if (textStart >= 0)
        {
            document.ContentStart = textStart;
            document.ContentEnd = Math.Min(textEnd, document.Lines.Count);
        }
    }

    private static int FindClose(DocumentState document, int from, string tag)
    {
        var close = "</" + tag + ">";
        for (var i = from; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].Text.Equals(close, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return document.Lines.Count;
    }

    private static void SetField(DocumentState document, string tag, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        var metadata = document.Metadata;
        switch (tag)
        {
            case "TITLE":
                document.Title ??= value;
                break;
            case "TIME":
            case "DATE":
                if (metadata.PublishedAt is null && ArabicDateParser.TryFindDate(value, out var date))
                {
                    metadata.PublishedAt = date.Value;
                }

                break;
            case "SRC":
                metadata.Site ??= value;
                break;
            case "URL":
                metadata.Url ??= value;
                break;
            case "AUTHOR":
                metadata.Byline ??= value;
                break;
            case "DOCNO":
                metadata.SourceId ??= value;
                break;
        }
    }
}
