using System;
using System.Collections.Generic;
using System.Threading;
using NewsClean.Core.Model;

namespace NewsClean.Core.Engine;

/// <summary>The segmented document the rules work over, and what they have found so far.</summary>
internal sealed class DocumentState
{
    private readonly List<Finding> _findings = new List<Finding>();
    private int? _lastBodyLine;
    private Func<Line, bool>? _lastBodyPredicate;

    public DocumentState(string text, DocumentInput input, CleanerOptions options, CancellationToken cancellationToken)
    {
        Text = text;
        Input = input;
        Options = options;
        CancellationToken = cancellationToken;
        Lines = Segment(text);
        ContentStart = 0;
        ContentEnd = Lines.Count;
    }

    public string Text { get; }

    public DocumentInput Input { get; }

    public CleanerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<Line> Lines { get; }

    /// <summary>First line of the article content (after a tagged document's header fields).</summary>
    public int ContentStart { get; set; }

    /// <summary>One past the last line of the article content.</summary>
    public int ContentEnd { get; set; }

    public ArticleMetadata Metadata { get; } = new ArticleMetadata();

    public string? Title { get; set; }

    /// <summary>A headline named in a footer (permalink label, copy-paste footer); used when the header has none.</summary>
    public string? FooterTitle { get; set; }

    /// <summary>True while Site comes only from a first-line label, which a more specific line may replace.</summary>
    public bool SiteFromHeader { get; set; }

    public List<string> Keywords { get; } = new List<string>();

    public List<string> Related { get; } = new List<string>();

    public List<CleanArticle> Embedded { get; } = new List<CleanArticle>();

    /// <summary>Lines each embedded article holds: the metadata lines inside them are theirs, never the main article's.</summary>
    public List<LineSpan> EmbeddedSpans { get; } = new List<LineSpan>();

    /// <summary>Date lines found so far, in document order; the main article takes the first one outside every embedded article.</summary>
    public List<DateLine> DateLines { get; } = new List<DateLine>();

    /// <summary>The date a date line states, or null when the line is none.</summary>
    public DateTimeOffset? DateOf(Line line)
    {
        foreach (var dateLine in DateLines)
        {
            if (dateLine.Line == line)
            {
                return dateLine.Value;
            }
        }

        return null;
    }

    public bool InEmbedded(int index)
    {
        foreach (var span in EmbeddedSpans)
        {
            if (index >= span.First && index <= span.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives the main article the first publish and update dates of its own date lines (after every rule ran).</summary>
    public void SettleMainDates()
    {
        foreach (var dateLine in DateLines)
        {
            if (InEmbedded(dateLine.Line.Index))
            {
                continue;
            }

            if (dateLine.IsUpdate)
            {
                Metadata.ModifiedAt ??= dateLine.Value;
            }

            Metadata.PublishedAt ??= dateLine.Value;
        }
    }

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>For each line, the next line that opens a read-also or related block (-1 when none); filled on first use.</summary>
    public int[]? NextListMarker { get; set; }

    /// <summary>Index of the first line that reads like article text; header rules look above it.</summary>
    public int BodyStart { get; set; }

    public IEnumerable<Line> ContentLines()
    {
        for (var i = ContentStart; i < ContentEnd; i++)
        {
            yield return Lines[i];
        }
    }

    /// <summary>The next non-blank line after <paramref name="index"/> inside the content, or null.</summary>
    public Line? NextNonBlank(int index)
    {
        for (var i = index + 1; i < ContentEnd; i++)
        {
            if (!Lines[i].IsBlank)
            {
                return Lines[i];
            }
        }

        return null;
    }

    public Line? PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= ContentStart; i--)
        {
            if (!Lines[i].IsBlank)
            {
                return Lines[i];
            }
        }

        return null;
    }

    /// <summary>Removes a whole line and records why.</summary>
    public void Claim(Line line, RuleDescriptor rule, object? value = null)
    {
        if (line.IsClaimed)
        {
            return;
        }

        line.ClaimedBy = rule;
        var start = line.Start + line.KeepStart;
        _findings.Add(new Finding(rule, start, line.KeepEnd - line.KeepStart, line.Index + 1, line.Index + 1, line.Raw.Substring(line.KeepStart, line.KeepEnd - line.KeepStart), value));
    }

    /// <summary>Removes the first <paramref name="length"/> kept characters of a line (an inline label or widget text).</summary>
    public void ClaimPrefix(Line line, int length, RuleDescriptor rule, object? value = null)
    {
        var removed = line.Raw.Substring(line.KeepStart, length);
        _findings.Add(new Finding(rule, line.Start + line.KeepStart, length, line.Index + 1, line.Index + 1, removed, value));
        line.KeepStart += length;
        while (line.KeepStart < line.KeepEnd && TextTools.IsSpace(line.Raw[line.KeepStart]))
        {
            line.KeepStart++;
        }

        if (line.KeepStart >= line.KeepEnd)
        {
            line.ClaimedBy = rule;
        }
    }

    /// <summary>Removes the kept text of a line from <paramref name="index"/> (an offset into Raw) to its end.</summary>
    public void ClaimSuffix(Line line, int index, RuleDescriptor rule, object? value = null)
    {
        var removed = line.Raw.Substring(index, line.KeepEnd - index);
        _findings.Add(new Finding(rule, line.Start + index, removed.Length, line.Index + 1, line.Index + 1, removed, value));
        line.KeepEnd = index;
        while (line.KeepEnd > line.KeepStart && TextTools.IsSpace(line.Raw[line.KeepEnd - 1]))
        {
            line.KeepEnd--;
        }

        if (line.KeepEnd <= line.KeepStart)
        {
            line.ClaimedBy = rule;
        }
    }

    /// <summary>Records a finding over a range of lines already handled by a block rule.</summary>
    public void ClaimBlock(int first, int last, RuleDescriptor rule, object? value)
    {
        var startLine = Lines[first];
        var endLine = Lines[last];
        var start = startLine.Start + startLine.KeepStart;
        var end = endLine.Start + endLine.KeepEnd;
        _findings.Add(new Finding(rule, start, end - start, first + 1, last + 1, Text.Substring(start, end - start), value));
        for (var i = first; i <= last; i++)
        {
            if (!Lines[i].IsClaimed && !Lines[i].IsBlank)
            {
                Lines[i].ClaimedBy = rule;
            }
        }
    }

    public void AddFinding(Finding finding) => _findings.Add(finding);

    /// <summary>Gives a whole-line claim back (a block rule that learned more about the line takes it over).</summary>
    public void Release(Line line)
    {
        if (line.ClaimedBy is null)
        {
            return;
        }

        _findings.RemoveAll(f => f.Rule == line.ClaimedBy && f.StartLine == line.Index + 1);
        line.ClaimedBy = null;
    }

    /// <summary>
    /// Index of the last unclaimed content line that <paramref name="isText"/> accepts (-1 when none). Cached: a claim can
    /// only move it up, and only when the claimed line is the cached one, so long documents stay linear.
    /// </summary>
    public int LastBodyLine(Func<Line, bool> isText)
    {
        // The cache belongs to one predicate; another one starts over.
        if (!ReferenceEquals(isText, _lastBodyPredicate))
        {
            _lastBodyPredicate = isText;
            _lastBodyLine = null;
        }

        if (_lastBodyLine is null || (_lastBodyLine.Value >= 0 && Lines[_lastBodyLine.Value].IsClaimed))
        {
            var from = _lastBodyLine is null ? ContentEnd - 1 : _lastBodyLine.Value - 1;
            var found = -1;
            for (var i = from; i >= ContentStart; i--)
            {
                if (!Lines[i].IsBlank && !Lines[i].IsClaimed && isText(Lines[i]))
                {
                    found = i;
                    break;
                }
            }

            _lastBodyLine = found;
        }

        return _lastBodyLine.Value;
    }

    private static List<Line> Segment(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(new Line(lines.Count, start, text.Substring(start, i - start)));
                start = i + 1;
            }
        }

        return lines;
    }
}
