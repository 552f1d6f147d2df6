using Microsoft.CodeAnalysis;

namespace NewsClean.Analyzers;

/// <summary>A severity set for one rule on one file: a level, or <c>none</c> (not reported at all).</summary>
internal readonly struct ConfiguredSeverity
{
    public ConfiguredSeverity(DiagnosticSeverity severity, bool suppressed)
    {
        Severity = severity;
        Suppressed = suppressed;
    }

    public DiagnosticSeverity Severity { get; }

    public bool Suppressed { get; }
}
