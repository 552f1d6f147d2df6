using System;
using System.Collections.Generic;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>"كلمات دلالية: a, b", "الكلمات المفتاحية:", "وسوم:", and a trailing "سمات ..." tag list.</summary>
public sealed class KeywordFooterRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.KeywordFooter, "Keyword/tag footer", "Keyword footer '{0}' moved to Keywords", RuleCategory.Metadata, RuleSeverity.Info,
        "A keyword or tag footer (كلمات دلالية:, الكلمات المفتاحية:, وسوم:, Tags:, or a trailing سمات list) goes to Keywords, split on commas, Arabic commas, semicolons and bars.");

    private static readonly char[] Separators = { '،', ',', '؛', ';', '|', '#', '·', '•' };

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        Line? last = null;
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            last = line;
            if (!Phrases.KeywordGate.Admits(line))
            {
                continue;
            }

            var match = Phrases.KeywordLine.SafeMatch(line.Text);
            if (!match.Success || line.Words > 60)
            {
                continue;
            }

            var rest = match.Groups["rest"].Value.Trim();
            document.Claim(line, Rule, rest);
            if (rest.Length == 0)
            {
                // The list is on the following short lines.
                for (var next = document.NextNonBlank(i); next is not null && !next.IsClaimed && next.Words <= 6 && !Zones.IsBodyLike(next); next = document.NextNonBlank(next.Index))
                {
                    document.Claim(next, Rule, next.Text);
                    document.Keywords.AddRange(Split(next.Text, Separators));
                    i = next.Index;
                }
            }
            else
            {
                document.Keywords.AddRange(Split(rest, Separators));
            }
        }

        if (last is null)
        {
            return;
        }

        var trailing = Phrases.TrailingTagLine.SafeMatch(last.Text);
        if (trailing.Success && last.Words <= 12)
        {
            document.Claim(last, Rule, trailing.Groups["rest"].Value);
            document.Keywords.AddRange(SplitTags(trailing.Groups["rest"].Value));
            return;
        }

        var suffix = Phrases.TrailingTagSuffix.SafeMatch(last.Raw.Substring(0, last.KeepEnd));
        if (suffix.Success && TextTools.CountWords(suffix.Groups["rest"].Value) <= 12)
        {
            var group = suffix.Groups["all"];
            document.ClaimSuffix(last, group.Index, Rule, suffix.Groups["rest"].Value);
            document.Keywords.AddRange(SplitTags(suffix.Groups["rest"].Value));
        }
    }

    private static IEnumerable<string> Split(string text, char[] separators)
    {
        // " - " between items is a separator too; a hyphen inside a word is not.
        foreach (var part in text.Replace(" - ", "،").Replace(" – ", "،").Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part.Trim();
            if (item.Length > 0)
            {
                yield return item;
            }
        }
    }

    /// <summary>A "سمات" list has no separators; with none, each word is a tag.</summary>
    private static IEnumerable<string> SplitTags(string text) =>
        text.IndexOfAny(Separators) >= 0 ? Split(text, Separators) : Split(text, new[] { ' ', '\t' });
}
