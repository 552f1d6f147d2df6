using System;

namespace NewsClean.Core.Text;

/// <summary>The one match timeout every NewsClean regular expression uses, and why none is RegexOptions.Compiled.</summary>
/// <remarks>
/// No pattern is built with <c>RegexOptions.Compiled</c>: the engine's regexes run behind first-word gates on short
/// lines, where compiling them to IL costs far more than it saves. Measured on this project's machine (newsclean CLI, one
/// core): one page 1.1 CPU-s with compiled regexes, 0.22 interpreted; 60 MB of real dumps 4.20 against 3.75 CPU-s; the
/// 181 English pages 2.26 against 1.94; byte-identical output. The exception is the HTML class-name patterns
/// (NewsClean.Html ClassHints), matched against every class name of every page, where compiling pays: a test allows the
/// option there and nowhere else.
/// </remarks>
public static class RegexLimits
{
    /// <summary>
    /// Every pattern is written with bounded quantifiers, so the timeout is a last resort against a pattern mistake,
    /// never a limit normal text reaches: a timeout counts as "no match", and output must never depend on machine load.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);
}
