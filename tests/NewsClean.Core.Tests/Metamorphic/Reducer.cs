using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>Shrinks a failing document line by line (delta debugging) to the smallest one that still fails.</summary>
internal static class Reducer
{
    /// <summary>Cleanings one reduction may spend; a reproducer is a help, not a proof.</summary>
    private const int MaxAttempts = 400;

    public static string Reduce(string text, Func<string, bool> fails)
    {
        var lines = text.Split('\n').ToList();
        var attempts = 0;
        for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1 && attempts < MaxAttempts; chunk /= 2)
        {
            for (var start = 0; start < lines.Count && attempts < MaxAttempts;)
            {
                var candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                attempts++;
                if (candidate.Count > 0 && fails(string.Join("\n", candidate)))
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return string.Join("\n", lines);
    }
}
