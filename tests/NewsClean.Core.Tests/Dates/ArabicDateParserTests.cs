using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsClean.Core.Dates;
using Xunit;

namespace NewsClean.Core.Tests.Dates;

/// <summary>Data-driven over date-cases.tsv (Arabic text lives there, not in C# literals).</summary>
public sealed class ArabicDateParserTests
{
    private const string CasesFile = "date-cases.tsv";

    // Joins the cases into one document; '~' is no separator the parser accepts, so nothing merges across it.
    private const string CaseSeparator = "\n~~~~\n";

    public static IEnumerable<object[]> Cases() =>
        LoadCases().Select(c => new object[] { c.Line, c.Input, c.Expected, c.Span, c.Flags });

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryFindDate_matches_fixture(int line, string input, string expected, string span, string flags)
    {
        bool found = ArabicDateParser.TryFindDate(input, out DateMatch match);
        string where = $"line {line}: {input} -> {match}";

        if (expected == "NONE")
        {
            Assert.False(found, where);
            Assert.Empty(ArabicDateParser.FindDates(input));
            Assert.False(ArabicDateParser.TryParse(input, out _), where);
            return;
        }

        Assert.True(found, where);
        AssertValue(expected, match.Value, match.HasTime, where);
        Assert.Equal(flags.Contains("hijri"), match.IsHijri);

        string matched = input.Substring(match.Index, match.Length);
        if (span == "=")
        {
            Assert.Equal(input, matched);
            Assert.True(ArabicDateParser.TryParse(input, out DateTimeOffset parsed), where);
            Assert.Equal(match.Value, parsed);
            Assert.Equal(match.Value.Offset, parsed.Offset);
        }
        else if (span.Length > 0)
        {
            Assert.Equal(span, matched);
        }
    }

    [Fact]
    public void Fixture_has_enough_cases()
    {
        List<DateCase> cases = LoadCases();
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Contains(cases, c => c.Expected == "NONE");
    }

    [Fact]
    public void FindDates_over_all_fixture_inputs_finds_exactly_the_positive_cases_in_order()
    {
        List<DateCase> cases = LoadCases();
        string document = string.Join(CaseSeparator, cases.Select(c => c.Input));

        IReadOnlyList<DateMatch> found = ArabicDateParser.FindDates(document);

        List<DateCase> positive = cases.Where(c => c.Expected != "NONE").ToList();
        Assert.Equal(positive.Count, found.Count);
        int offset = 0;
        int next = 0;
        foreach (DateCase c in cases)
        {
            if (c.Expected != "NONE")
            {
                DateMatch m = found[next++];
                Assert.InRange(m.Index, offset, offset + c.Input.Length - 1);
                AssertValue(c.Expected, m.Value, m.HasTime, $"line {c.Line}: {c.Input}");
            }

            offset += c.Input.Length + CaseSeparator.Length;
        }
    }

    [Fact]
    public void FindDates_returns_every_date_left_to_right()
    {
        const string text = "Filed 2012-06-19, updated Tue, 08 May 2018 17:55:59 GMT and again on September 24, 2024.";

        IReadOnlyList<DateMatch> found = ArabicDateParser.FindDates(text);

        Assert.Equal(
            new[] { "2012-06-19", "Tue, 08 May 2018 17:55:59 GMT", "September 24, 2024" },
            found.Select(m => text.Substring(m.Index, m.Length)));
        Assert.Equal(new[] { false, true, false }, found.Select(m => m.HasTime));
    }

    [Fact]
    public void TryParse_rejects_text_around_the_date()
    {
        Assert.True(ArabicDateParser.TryParse("  24 September 2024 ", out DateTimeOffset value));
        Assert.Equal(new DateTimeOffset(2024, 9, 24, 0, 0, 0, TimeSpan.Zero), value);
        Assert.False(ArabicDateParser.TryParse("Filed 24 September 2024", out _));
        Assert.False(ArabicDateParser.TryParse("24 September 2024 by the editor", out _));
    }

    [Fact]
    public void Stated_offsets_are_kept()
    {
        Assert.True(ArabicDateParser.TryParse("Tue, 08 May 2018 17:55:59 GMT+3", out DateTimeOffset value));
        Assert.Equal(TimeSpan.FromHours(3), value.Offset);
        Assert.Equal(new DateTime(2018, 5, 8, 17, 55, 59), value.DateTime);
    }

    [Fact]
    public void Null_and_empty_input()
    {
        Assert.False(ArabicDateParser.TryFindDate(null!, out _));
        Assert.False(ArabicDateParser.TryFindDate(string.Empty, out _));
        Assert.False(ArabicDateParser.TryParse(null!, out _));
        Assert.Empty(ArabicDateParser.FindDates(string.Empty));
        Assert.Throws<ArgumentNullException>(() => ArabicDateParser.FindDates(null!));
    }

    [Fact]
    public void Long_text_without_dates_is_scanned_within_the_match_timeout()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 20000; i++)
        {
            sb.Append("Score 4-0, phone 73.275.800, room 123, ref ").Append(i).Append('/').Append(i % 97).Append(". ");
        }

        Assert.Empty(ArabicDateParser.FindDates(sb.ToString()));
    }

    private static void AssertValue(string expected, DateTimeOffset actual, bool hasTime, string where)
    {
        if (expected.Length == 10)
        {
            Assert.False(hasTime, where);
            Assert.Equal(expected, actual.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(TimeSpan.Zero, actual.TimeOfDay);
            return;
        }

        Assert.True(hasTime, where);
        Assert.Equal(expected.Substring(0, 19), actual.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        if (expected.Length > 19)
        {
            Assert.Equal(expected.Substring(19), actual.ToString("zzz", CultureInfo.InvariantCulture));
        }
    }

    private static List<DateCase> LoadCases()
    {
        var cases = new List<DateCase>();
        string[] lines = File.ReadAllLines(FindCasesFile(), new UTF8Encoding(false));
        for (int i = 0; i < lines.Length; i++)
        {
            string raw = lines[i];
            if (raw.Length == 0 || raw.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            string[] cols = raw.Split('\t');
            cases.Add(new DateCase(
                i + 1,
                cols[0],
                cols.Length > 1 ? cols[1].Trim() : string.Empty,
                cols.Length > 2 ? cols[2] : string.Empty,
                cols.Length > 3 ? cols[3].Trim() : string.Empty));
        }

        return cases;
    }

    // Copied next to the test assembly (as Dates/date-cases.tsv); the source tree is the fallback.
    private static string FindCasesFile()
    {
        string baseDir = AppContext.BaseDirectory;
        foreach (string candidate in new[] { Path.Combine(baseDir, "Dates", CasesFile), Path.Combine(baseDir, CasesFile) })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        for (DirectoryInfo? dir = new DirectoryInfo(baseDir); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "NewsClean.Core.Tests", "Dates", CasesFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("date test cases not found", CasesFile);
    }

    private sealed class DateCase
    {
        public DateCase(int line, string input, string expected, string span, string flags)
        {
            Line = line;
            Input = input;
            Expected = expected;
            Span = span;
            Flags = flags;
        }

        public int Line { get; }

        public string Input { get; }

        public string Expected { get; }

        public string Span { get; }

        public string Flags { get; }
    }
}
