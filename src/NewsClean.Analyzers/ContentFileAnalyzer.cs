using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsClean.Analyzers;

/// <summary>
/// Runs NewsClean's rules over every content file among the AdditionalFiles and reports each finding with the rule's
/// own id at the exact span of the text the cleaner would remove. Content files are <c>*.txt</c> and <c>*.html</c>
/// unless <c>newsclean.content_file_extensions</c> or the item metadata <c>NewsCleanContent</c> says otherwise.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ContentFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CatalogDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        try
        {
            var options = ContentFileOptions.For(file.Path, context.Options.AnalyzerConfigOptionsProvider.GetOptions(file));
            if (!options.IsContentFile)
            {
                return;
            }

            var text = file.GetText(context.CancellationToken);
            if (text is null)
            {
                // The compiler could not read the file and reports that itself.
                return;
            }

            foreach (var diagnostic in ContentFileChecker.Check(file.Path, text, options, context.CancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // An analyzer that throws is reported by the compiler as AD0001 and stops for the whole compilation; one
            // NC9001 on the file says which content failed and lets the other files be checked.
            var location = Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
            context.ReportDiagnostic(Diagnostic.Create(CatalogDescriptors.InternalError, location, Describe(exception)));
        }
    }

    private static string Describe(Exception exception)
    {
        var site = exception.TargetSite is { } method ? " in " + method.DeclaringType?.FullName + "." + method.Name : string.Empty;
        return exception.GetType().Name + site + ": " + exception.Message;
    }
}
