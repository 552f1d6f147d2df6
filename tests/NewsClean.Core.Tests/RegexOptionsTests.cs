using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsClean.Core.Tests;

/// <summary>No regex in src/ but the HTML class-name patterns is RegexOptions.Compiled (see RegexLimits: interpreted is faster elsewhere, and starts in a fifth of the time).</summary>
public sealed class RegexOptionsTests
{
    [Fact]
    public void NoSourceFile_CompilesItsRegexes()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsClean.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var offenders = Directory.GetFiles(Path.Combine(root!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "ClassHints.cs") // measured to pay there (see RegexLimits)
            .Where(f => File.ReadLines(f).Any(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && l.Contains("RegexOptions." + "Compiled", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, "RegexOptions.Compiled in: " + string.Join(", ", offenders));
    }
}
