using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>Transformations that must not change the article (apart from Encoding and offsets).</summary>
internal static class Invariants
{
    private const string Bullets = "•·*▪●■◦►▸-–";
    private const string JoiningLetters = "بتثجحخسشصضطظعغفقكلمنهيئ";

    /// <summary>Lines holding a label the cleaner took: source, keywords, date, read-also.</summary>
    private static readonly string[] LabelRules = { RuleIds.SourceLine, RuleIds.KeywordFooter, RuleIds.PublishDateLine, RuleIds.ReadAlsoBlock };

    public static IReadOnlyList<MetamorphicRelation> All { get; } = new[]
    {
        new MetamorphicRelation("lf-to-crlf", 1, (b, r) => Same(b, Utf8(b.Text.Replace("\n", "\r\n")))),
        new MetamorphicRelation("utf8-bom", 1, (b, r) => Same(b, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(b.Text)).ToArray())),
        new MetamorphicRelation("windows-1256-bytes", 1, (b, r) => Windows1256Bytes(b.Text) is { } bytes ? Same(b, bytes) : null),
        new MetamorphicRelation("digits-in-metadata-lines", 5, DigitsInMetadataLines),
        new MetamorphicRelation("crawler-stamp-separator", 3, (b, r) =>
        {
            string[] separators = { "T", " ", "@" };
            var separator = separators[r.Next(separators.Length)];
            return Rewrite(b, b.WholeLines(RuleIds.CrawlerTimestamp), (index, line) => line.Replace("@", separator));
        }),
        new MetamorphicRelation("read-also-spelling", 5, ReadAlsoSpelling),
        new MetamorphicRelation("label-colon", 5, LabelColon),
        new MetamorphicRelation("bullet-style", 5, BulletStyle),
        new MetamorphicRelation("nbsp-and-trailing-spaces", 4, Spaces),
        new MetamorphicRelation("tatweel-or-rlm-in-labels", 5, MarksInLabels),
        new MetamorphicRelation("blank-lines-doubled", 1, (b, r) => b.Lines.Any(l => l.Trim().Length == 0)
            ? Same(b, Utf8(string.Join("\n", b.Lines.SelectMany(l => l.Trim().Length == 0 ? new[] { l, l } : new[] { l })))) : null),
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The case whose article must equal the original's.</summary>
    public static MetamorphicCase Same(Baseline baseline, byte[] bytes)
    {
        var expected = Snapshot.Of(baseline.Article);
        return new MetamorphicCase(bytes, after =>
        {
            var actual = Snapshot.Of(after);
            return actual == expected ? null : Snapshot.Difference(expected, actual);
        });
    }

    private static MetamorphicCase? Rewrite(Baseline baseline, IEnumerable<int> lines, Func<int, string, string?> rewrite)
    {
        var copy = (string[])baseline.Lines.Clone();
        var changed = false;
        foreach (var i in lines)
        {
            var next = rewrite(i, copy[i]);
            if (next is not null && next != copy[i])
            {
                copy[i] = next;
                changed = true;
            }
        }

        return changed ? Same(baseline, Utf8(string.Join("\n", copy))) : null;
    }

    private static MetamorphicCase? DigitsInMetadataLines(Baseline baseline, Random random)
    {
        var system = random.Next(3);
        return Rewrite(baseline, baseline.WholeLines(RuleIds.CrawlerTimestamp, RuleIds.PublishDateLine), (index, line) =>
        {
            var builder = new StringBuilder(line.Length);
            foreach (var c in line)
            {
                var zero = system == 0 ? '\u0660' : system == 1 ? '\u06F0' : (random.Next(2) == 0 ? '\u0660' : '0');
                builder.Append(c >= '0' && c <= '9' ? (char)(zero + (c - '0')) : c);
            }

            return builder.ToString();
        });
    }

    private static MetamorphicCase? ReadAlsoSpelling(Baseline baseline, Random random)
    {
        string[] colons = { ":", " :", string.Empty, "：", " : " };
        return Rewrite(baseline, baseline.WholeLines(RuleIds.ReadAlsoBlock), (index, line) =>
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            var marker = Spellings.ReadAlso.FirstOrDefault(s => text.StartsWith(s, StringComparison.Ordinal)
                && (text.Length == s.Length || text[s.Length] == ':' || char.IsWhiteSpace(text[s.Length])));
            if (marker is null)
            {
                return null;
            }

            var rest = text.Substring(marker.Length).TrimStart();
            if (rest.StartsWith(":", StringComparison.Ordinal))
            {
                rest = rest.Substring(1).TrimStart();
            }

            var colon = colons[random.Next(colons.Length)];
            var spelling = Spellings.ReadAlso[random.Next(Spellings.ReadAlso.Count)];
            return line.Substring(0, indent) + spelling + colon + (rest.Length > 0 ? " " + rest : string.Empty);
        });
    }

    /// <summary>Index of the colon that ends a label (not one inside a time), or -1.</summary>
    private static int LabelColonIndex(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 && !char.IsDigit(line[colon - 1]) && line.Substring(0, colon).Any(char.IsLetter) ? colon : -1;
    }

    private static MetamorphicCase? LabelColon(Baseline baseline, Random random)
    {
        string[] variants = { ": ", " : ", " :", ":", "： ", " ：" };
        return Rewrite(baseline, baseline.WholeLines(RuleIds.SourceLine, RuleIds.KeywordFooter, RuleIds.PublishDateLine), (index, line) =>
        {
            var colon = LabelColonIndex(line);
            if (colon < 0 || colon == line.TrimEnd().Length - 1)
            {
                return null;
            }

            return line.Substring(0, colon).TrimEnd() + variants[random.Next(variants.Length)] + line.Substring(colon + 1).TrimStart();
        });
    }

    private static MetamorphicCase? BulletStyle(Baseline baseline, Random random)
    {
        string[] styles = { "•", "-", "*", "▪", "1.", "1)" };
        var style = styles[random.Next(styles.Length)];
        var number = 0;
        return Rewrite(baseline, baseline.WholeLines(RuleIds.RelatedList, RuleIds.ReadAlsoBlock), (index, line) =>
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (text.Length < 3 || Bullets.IndexOf(text[0]) < 0 || !char.IsWhiteSpace(text[1]))
            {
                return null;
            }

            number++;
            var bullet = style.StartsWith("1", StringComparison.Ordinal) ? number + style.Substring(1) : style;
            return line.Substring(0, indent) + bullet + " " + text.Substring(1).TrimStart();
        });
    }

    private static MetamorphicCase? Spaces(Baseline baseline, Random random)
    {
        string[] tails = { " ", "  ", "\t", "\u00A0", " \u00A0 " };
        var labelled = new HashSet<int>(baseline.WholeLines(LabelRules));
        return Rewrite(baseline, Enumerable.Range(0, baseline.Lines.Length), (index, line) =>
        {
            if (labelled.Contains(index) && LabelColonIndex(line) is var colon && colon >= 0
                && colon + 1 < line.Length && line[colon + 1] == ' ')
            {
                line = line.Substring(0, colon + 1) + "\u00A0" + line.Substring(colon + 2);
            }

            return line.Trim().Length > 0 && random.Next(3) == 0 ? line + tails[random.Next(tails.Length)] : line;
        });
    }

    /// <summary>Tatweel inside a label (before its colon, or inside a read-also marker), or an RLM opening the line.</summary>
    private static MetamorphicCase? MarksInLabels(Baseline baseline, Random random) =>
        Rewrite(baseline, baseline.WholeLines(LabelRules), (index, line) =>
        {
            var labelEnd = LabelEnd(line, baseline.WholeLines(RuleIds.ReadAlsoBlock).Contains(index));
            if (labelEnd <= 0)
            {
                return null;
            }

            if (random.Next(4) == 0)
            {
                return "\u200F" + line;
            }

            var places = Enumerable.Range(1, labelEnd - 1)
                .Where(i => JoiningLetters.IndexOf(line[i - 1]) >= 0 && line[i] >= '\u0621' && line[i] <= '\u064A')
                .ToArray();
            if (places.Length == 0)
            {
                return null;
            }

            var at = places[random.Next(places.Length)];
            return line.Substring(0, at) + "\u0640" + line.Substring(at);
        });

    /// <summary>Where a line's label ends: its read-also marker, or the colon after a label; 0 when it has none.</summary>
    private static int LabelEnd(string line, bool readAlso)
    {
        var indent = line.Length - line.TrimStart().Length;
        var marker = Spellings.ReadAlso.FirstOrDefault(s => line.Substring(indent).StartsWith(s, StringComparison.Ordinal));
        if (marker is not null)
        {
            return indent + marker.Length;
        }

        // A read-also line without its marker is a title listed under one; a colon there is part of the title.
        var colon = readAlso ? -1 : LabelColonIndex(line);
        return colon > 0 && line.Substring(0, colon).Trim().Length <= 24 ? colon : 0;
    }

    private static byte[]? Windows1256Bytes(string text)
    {
        var table = new Dictionary<char, byte>();
        var high = new byte[128];
        for (var i = 0; i < 128; i++)
        {
            high[i] = (byte)(0x80 + i);
        }

        var decoded = NewsClean.Core.Text.Windows1256.Decode(high, 0, 128);
        for (var i = 0; i < 128; i++)
        {
            table[decoded[i]] = (byte)(0x80 + i);
        }

        var bytes = new byte[text.Length];
        var anyHigh = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes[i] = (byte)c;
            }
            else if (table.TryGetValue(c, out var b))
            {
                bytes[i] = b;
                anyHigh = true;
            }
            else
            {
                return null;
            }
        }

        return anyHigh ? bytes : null;
    }
}
