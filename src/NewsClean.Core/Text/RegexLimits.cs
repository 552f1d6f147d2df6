using System;

namespace NewsClean.Core.Text;

/// <summary>The one match timeout every NewsClean regular expression uses.</summary>
public static class RegexLimits
{
    /// <summary>
    /// Every pattern is written with bounded quantifiers, so the timeout is a last resort against a pattern mistake,
    /// never a limit normal text reaches. It sits far above the first-match JIT cost of a compiled regex on a loaded
    /// machine: a timeout counts as "no match", and output must never depend on machine load.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);
}
