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
        "A line holding only a crawler stamp such as 2025-03-29@01:10:57 GMT (any digit system; with T or a space instead of @ only first or under the site header) records when the page was fetched; it goes to ScrapedAt.");

    /// <summary>A crawler stamp stands among the first lines of a dump.</summary>
    private const int MaxHeaderLines = 6;

    private static readonly string[] Formats =
    {
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'H:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'H:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    };

    public override RuleDescriptor Descriptor => Rule;

    private static DateTimeOffset? Parse(string text)
    {
        var stamp = text.Replace("GMT", string.Empty).Replace("UTC", string.Empty).Trim().TrimEnd('Z').Trim();
        stamp = System.Text.RegularExpressions.Regex.Replace(stamp, @"^([0-9-]{10})(?:@|T|\s{1,2})", "$1T", System.Text.RegularExpressions.RegexOptions.None, ArabicPattern.Timeout);
        stamp = System.Text.RegularExpressions.Regex.Replace(stamp, @"\s{0,3}([+\-][0-9]{2}):?([0-9]{2})$", "$1:$2", System.Text.RegularExpressions.RegexOptions.None, ArabicPattern.Timeout);
        return DateTimeOffset.TryParseExact(stamp, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    internal override void Apply(DocumentState document)
    {
        var seen = 0;
        var onlyHeaderAbove = true;
        for (var i = document.ContentStart; i < document.ContentEnd && seen < MaxHeaderLines; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            // Told from a publish date by its shape (date@time) and its place (first, or under the site header), whatever digits it is written in.
            var text = TextTools.WesternDigits(TextTools.WithoutTatweelAndBidi(line.Text));
            var stamp = !line.IsClaimed && (Phrases.CrawlerStamp.SafeMatch(text).Success || (onlyHeaderAbove && Phrases.MachineTimestamp.SafeMatch(text).Success));
            onlyHeaderAbove &= line.ClaimedBy == SiteHeaderRule.Rule;
            if (!stamp)
            {
                continue;
            }

            var value = Parse(text);
            if (value is not null)
            {
                document.Claim(line, Rule, value.Value);
                document.Metadata.ScrapedAt ??= value;
            }
        }
    }
}
