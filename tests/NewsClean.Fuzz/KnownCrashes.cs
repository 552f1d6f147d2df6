using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsClean.Fuzz;

/// <summary>One engine exception found by the generator and left to the owners of that code.</summary>
public sealed class KnownCrash
{
    /// <summary>What the InternalError message holds: "ExceptionType: ... (in Type.Method)" reduced to type and method.</summary>
    public required string ExceptionType { get; init; }

    public required string Method { get; init; }

    /// <summary>Where the fix belongs (src/NewsClean.Core, src/NewsClean.Html/Content, ...).</summary>
    public required string Area { get; init; }

    /// <summary>The minimal document that throws, \uXXXX-escaped on one line.</summary>
    public required string Reproducer { get; init; }

    /// <summary>True when the reproducer goes to the HTML engine.</summary>
    public bool IsHtml { get; init; }

    /// <summary>
    /// True for an InternalError message of this exception from this method. <see cref="Method"/> may list several,
    /// '|'-separated: the message names the innermost NewsClean frame left after JIT inlining, so the same crash can
    /// name the caller once the callee has been inlined (tiered compilation), within one run.
    /// </summary>
    public bool Matches(string message) =>
        message.Contains(": " + ExceptionType + ":", StringComparison.Ordinal)
        && Method.Split('|').Any(m => message.EndsWith("(in " + m + ")", StringComparison.Ordinal));

    /// <summary>An InternalError message without its "(in Type.Method)" tail, which depends on JIT inlining (see <see cref="Matches"/>).</summary>
    public static string WithoutLocation(string message) => LocationTail.Replace(message, string.Empty);

    private static readonly System.Text.RegularExpressions.Regex LocationTail = new System.Text.RegularExpressions.Regex(@" \(in [\w.<>`]+\)(?=$|""\}$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public override string ToString() => $"{ExceptionType} in {Method} ({Area}): {KnownCrashes.Escape(Reproducer)}";
}

/// <summary>
/// KnownCrashes.tsv: engine exceptions the fuzz run reports but does not fail on, each with its minimal reproducer,
/// because the code that throws is being rewritten elsewhere. Empty it (keep the header) when those fixes are merged:
/// NewsClean.Fuzz.Tests fails while an entry's reproducer no longer throws, so the list cannot go stale, and every
/// InternalError that matches no entry fails the run.
/// </summary>
public sealed class KnownCrashes
{
    private KnownCrashes(IReadOnlyList<KnownCrash> entries)
    {
        Entries = entries;
    }

    /// <summary>No known crashes: every InternalError fails.</summary>
    public static KnownCrashes Empty { get; } = new KnownCrashes(Array.Empty<KnownCrash>());

    public IReadOnlyList<KnownCrash> Entries { get; }

    public static KnownCrashes Load(string path)
    {
        var entries = new List<KnownCrash>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5)
            {
                throw new InvalidDataException($"{path}: a line needs 5 tab-separated cells (exception, method, area, text|html, reproducer): {line}");
            }

            entries.Add(new KnownCrash { ExceptionType = cells[0], Method = cells[1], Area = cells[2], IsHtml = cells[3] == "html", Reproducer = Unescape(cells[4]) });
        }

        return new KnownCrashes(entries);
    }

    public static KnownCrashes LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "KnownCrashes.tsv"));

    public KnownCrash? Match(string message) => Entries.FirstOrDefault(e => e.Matches(message));

    /// <summary>Text with every non-ASCII or control character as \uXXXX (and '\' as \\), so a reproducer fits one TSV cell.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (c == '\\')
            {
                builder.Append("\\\\");
            }
            else if (c < 0x20 || c > 0x7E)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '\\')
            {
                builder.Append('\\');
                i++;
            }
            else if (text[i] == '\\' && i + 5 < text.Length + 0 && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
