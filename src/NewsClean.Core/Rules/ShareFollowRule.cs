using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Share, follow and subscribe widgets: whole lines of network names, and such text glued before a paragraph.</summary>
public sealed class ShareFollowRule : CleaningRule
{
    internal static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.ShareFollow, "Share/follow widget", "Share/follow text '{0}' removed", RuleCategory.Boilerplate, RuleSeverity.Warning,
        "Share buttons, follow-us and subscribe lines (شارك, تابعونا على, اشترك في قناتنا على تيليجرام, network names, social profile links), also when glued before the first paragraph.");

    private static readonly HashSet<string> Vocabulary = new HashSet<string>(
        Phrases.ShareWords.SelectMany(p => TextTools.Key(p).Split(' ')).Concat(Phrases.LatinShareWords), StringComparer.Ordinal);

    private static readonly HashSet<string> WidgetVerbs = new HashSet<string>(
        new[] { "شارك", "شاركها", "مشاركه", "تابعونا", "تابعنا", "اشترك", "اكتب", "رايك", "طباعه", "ارسال", "share", "tweet", "print", "email" }, StringComparer.Ordinal);

    public override RuleDescriptor Descriptor => Rule;

    internal override void Apply(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            if (line.Words <= 12 && Phrases.SocialLink.SafeMatch(line.Text).Success)
            {
                document.Claim(line, Rule);
                continue;
            }

            if (!IsShareWord(line.FirstKey))
            {
                continue;
            }

            // Only the first words can be a widget; folding the whole of a long paragraph is wasted work.
            var head = line.Text.Length > 160 ? line.Text.Substring(0, 160) : line.Text;
            var words = TextTools.Key(head).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !IsShareWord(words[0]))
            {
                continue;
            }

            var leading = 0;
            while (leading < words.Length && IsShareWord(words[leading]))
            {
                leading++;
            }

            if (leading == 0 || !StartsLikeWidget(words))
            {
                continue;
            }

            if (leading == words.Length)
            {
                document.Claim(line, Rule);
            }
            else if (leading >= 4 && HasWidgetVerb(words, leading))
            {
                document.ClaimPrefix(line, PrefixLength(line.Text, leading), Rule);
            }
        }
    }

    /// <summary>The widget must open with a share/follow verb or a network name, not a conjunction.</summary>
    private static bool StartsLikeWidget(string[] words) =>
        words.Length > 0 && words[0] != "و" && words[0] != "على" && words[0] != "عبر" && words[0] != "من" && words[0] != "خلال";

    /// <summary>A widget word, also with the conjunction و glued to it ("وفيسبوك").</summary>
    private static bool IsShareWord(string word) =>
        Vocabulary.Contains(word) || (word.Length > 2 && word[0] == 'و' && Vocabulary.Contains(word.Substring(1)));

    private static bool HasWidgetVerb(string[] words, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (WidgetVerbs.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length in characters of the first <paramref name="wordCount"/> words of a line.</summary>
    private static int PrefixLength(string text, int wordCount)
    {
        var seen = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var isWord = char.IsLetterOrDigit(text[i]);
            if (isWord && !inWord)
            {
                if (seen == wordCount)
                {
                    return i;
                }

                seen++;
            }

            inWord = isWord;
        }

        return text.Length;
    }
}
