using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace NewsClean.Analyzers.Tests;

/// <summary>One line of an *.expected.tsv: id, 1-based start and end position (end exclusive), flagged text.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Position, string Text)
{
    public static ExpectedDiagnostic Parse(string line)
    {
        var fields = line.Split('\t');
        return new ExpectedDiagnostic(fields[0], fields[1], fields.Length > 2 ? fields[2] : string.Empty);
    }

    /// <summary>The position of a diagnostic in the form of the expected files: startLine:startColumn-endLine:endColumn.</summary>
    public static string PositionOf(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}:{1}-{2}:{3}",
            span.Start.Line + 1,
            span.Start.Character + 1,
            span.End.Line + 1,
            span.End.Character + 1);
    }

    public override string ToString() => Id + " " + Position;
}
