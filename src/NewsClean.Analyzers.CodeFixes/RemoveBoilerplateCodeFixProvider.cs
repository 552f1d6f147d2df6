using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.Analyzers.CodeFixes;

/// <summary>
/// Removes the text a NewsClean diagnostic flags from the content file it was reported in. Content files are
/// additional documents, so the provider is exported for that document kind (Roslyn 4.5+) and works on
/// <see cref="CodeFixContext.TextDocument"/>: an additional document has no syntax tree.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(RemoveBoilerplateCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class RemoveBoilerplateCodeFixProvider : CodeFixProvider
{
    /// <summary>Rules whose finding is text the cleaner takes out of the article; encoding and engine ids have nothing to remove.</summary>
    private static readonly ImmutableArray<string> FixableIds = RuleCatalog.Descriptors
        .Where(d => d.Category == RuleCategory.Boilerplate || d.Category == RuleCategory.Metadata)
        .Select(d => d.Id)
        .ToImmutableArray();

    public override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

    // Each removal shifts the text after it, so fixes are applied one at a time; there is no batch fixer for
    // additional documents.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty || !RuleCatalog.TryGet(diagnostic.Id, out var rule))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove " + rule.Title.ToLowerInvariant() + " (" + rule.Id + ")",
                    cancellationToken => RemoveAsync(document, span, cancellationToken),
                    equivalenceKey: "NewsClean.Remove." + rule.Id),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> RemoveAsync(TextDocument document, TextSpan span, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (span.End > text.Length)
        {
            return document.Project.Solution;
        }

        var removed = text.WithChanges(new TextChange(WholeLinesOrSpan(text, span), string.Empty));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, removed);
    }

    /// <summary>The span widened to its whole lines, line break included, when nothing but white space shares those lines.</summary>
    internal static TextSpan WholeLinesOrSpan(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        if (span.End == last.Start && last.LineNumber > first.LineNumber)
        {
            // A span that ends exactly at a line start ends with the line break before it.
            last = text.Lines[last.LineNumber - 1];
        }

        if (!IsWhiteSpace(text, first.Start, span.Start) || !IsWhiteSpace(text, span.End, last.End))
        {
            return span;
        }

        return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
    }

    private static bool IsWhiteSpace(SourceText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
