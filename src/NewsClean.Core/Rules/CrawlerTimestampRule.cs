using System;
using System.Globalization;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"2025-03-29@01:10:57 GMT": when the crawler fetched the page.</summary>
public sealed class CrawlerTimestampRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.CrawlerTimestamp, "Crawler timestamp", "Crawler timestamp '{0}' moved to ScrapedAt", RuleCategory.Metadata, RuleSeverity.Info,
        "A line holding only a crawler stamp such as 2025-03-29@01:10:57 GMT records when the page was fetched; it goes to ScrapedAt.");

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        var seen = 0;
        for (var i = document.ContentStart; i < document.ContentEnd && seen < 6; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            // Told from a publish date by its shape (date@time, at the top), whatever digits it is written in.
            var text = TextTools.WesternDigits(TextTools.WithoutTatweelAndBidi(line.Text));
            if (line.IsClaimed || !Phrases.CrawlerStamp.SafeMatch(text).Success)
            {
                continue;
            }

            var stamp = text.Replace("GMT", string.Empty).Replace("UTC", string.Empty).Trim().TrimEnd('Z').Replace('@', 'T');
            string[] formats = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'H:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'H:mm" };
            if (DateTimeOffset.TryParseExact(stamp, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                document.Claim(line, Rule, value);
                document.Metadata.ScrapedAt ??= value;
            }
        }
    }
}
