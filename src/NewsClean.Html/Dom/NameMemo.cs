using System;
using System.Collections.Generic;

namespace NewsClean.Html.Dom;

/// <summary>
/// A per-page memo of yes/no questions asked about class and id strings: pages repeat the same few hundred names on
/// thousands of elements, so each question is answered once per name. One per page, so it needs no locking.
/// </summary>
internal sealed class NameMemo
{
    // Per name: the low 16 bits say which questions were answered, the high 16 bits the answers.
    private readonly Dictionary<string, int> _answers = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The answer to question <paramref name="bit"/> (0-15) about <paramref name="name"/>.</summary>
    public bool Ask(string name, int bit, Func<string, int, bool> answer)
    {
        _answers.TryGetValue(name, out var known);
        var asked = 1 << bit;
        if ((known & asked) != 0)
        {
            return (known & (asked << 16)) != 0;
        }

        var yes = answer(name, bit);
        _answers[name] = known | asked | (yes ? asked << 16 : 0);
        return yes;
    }
}
