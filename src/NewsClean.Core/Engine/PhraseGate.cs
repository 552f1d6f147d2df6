using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsClean.Core.Engine;

/// <summary>
/// A cheap first test for rules that look for a phrase at the start of a line: the line's folded first word must be
/// the first word of one of the phrases. Most lines of an article fail it, so their regexes never run.
/// </summary>
internal sealed class PhraseGate
{
    private readonly HashSet<string> _firstWords;

    public PhraseGate(params IEnumerable<string>[] phraseLists)
    {
        _firstWords = new HashSet<string>(
            phraseLists.SelectMany(list => list).Select(TextTools.FirstWordKey).Where(w => w.Length > 0), StringComparer.Ordinal);
    }

    public bool Admits(Line line) => _firstWords.Contains(line.FirstKey);
}
