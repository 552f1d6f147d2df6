using System;
using System.Collections.Generic;
using NewsClean.Core.Model;

namespace NewsClean.Html;

/// <summary>Moves a finding's span from the text the engine read (the blocks) to the page the blocks came from.</summary>
internal sealed class FindingMapper
{
    private readonly HtmlExtraction _extraction;
    private readonly List<int> _lineStarts;

    public FindingMapper(HtmlExtraction extraction)
    {
        _extraction = extraction;
        _lineStarts = new List<int> { 0 };
        var html = extraction.Html;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public Finding Map(Finding finding)
    {
        if (finding.Length == 0 && finding.Start == 0)
        {
            return finding;
        }

        var start = _extraction.PageOffsetOf(finding.Start);
        var end = finding.Length == 0 ? start : _extraction.PageOffsetOf(finding.Start + finding.Length - 1) + 1;
        if (end < start)
        {
            end = start;
        }

        return new Finding(finding.Rule, start, end - start, LineOf(start), LineOf(Math.Max(start, end - 1)), finding.Text, finding.Value);
    }

    private int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
