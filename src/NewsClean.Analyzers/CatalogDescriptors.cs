using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.Analyzers;

/// <summary>
/// Roslyn descriptors built from the Core rule catalogue, so the analyzer reports exactly the ids, titles, messages,
/// categories and default severities the engine defines and can never drift from it. Every rule the cleaner can report
/// is here; validation rules (NC3xxx) judge a cleaned article in NewsClean.Validation and are not run by the analyzer.
/// </summary>
internal static class CatalogDescriptors
{
    public const string CategoryPrefix = "NewsClean.";

    public static readonly ImmutableArray<DiagnosticDescriptor> All =
        RuleCatalog.Descriptors.Where(IsReportedByCleaner).Select(Create).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    public static DiagnosticDescriptor InternalError => Get(RuleIds.InternalError);

    public static DiagnosticDescriptor Windows1256Fallback => Get(RuleIds.Windows1256Fallback);

    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor)
            ? descriptor
            : throw new InvalidOperationException("The engine reported " + id + ", which this analyzer does not support; rebuild the analyzer against this NewsClean.Core.");

    public static bool IsReportedByCleaner(RuleDescriptor rule) => rule.Category != RuleCategory.Validation;

    public static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    // The ids are not constants here: they come from the catalogue, and AnalyzerReleases.Unshipped.md is kept equal to
    // it by a test (ReleaseTrackingTests), which is what RS1017 and RS2008 would otherwise check at compile time.
#pragma warning disable RS1017 // DiagnosticId for analyzers must be a non-null constant
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new DiagnosticDescriptor(
        rule.Id,
        rule.Title,
        rule.MessageFormat,
        CategoryPrefix + rule.Category,
        ToDiagnosticSeverity(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpLink);
#pragma warning restore RS1017
}
