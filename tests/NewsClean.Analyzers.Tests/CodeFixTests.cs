using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NewsClean.Analyzers.CodeFixes;
using Xunit;

namespace NewsClean.Analyzers.Tests;

/// <summary>
/// The fix runs the way an IDE host runs it for a diagnostic in an additional document: a CodeFixContext over the
/// TextDocument, then the code action's ApplyChangesOperation on the solution.
/// </summary>
public sealed class CodeFixTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task The_fix_removes_the_flagged_line_and_nothing_else(string newline)
    {
        var original = Fixture.Text("boilerplate.txt").Replace("\n", newline, System.StringComparison.Ordinal);
        var (document, diagnostics) = await AnalyzeInWorkspaceAsync(original);
        var readAlso = diagnostics.Single(d => d.Id == "NC1001");

        var fixedText = await ApplySingleFixAsync(document, readAlso);

        var lines = original.Split(newline).ToList();
        lines.RemoveAt(readAlso.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(string.Join(newline, lines), fixedText);
    }

    [Fact]
    public async Task After_fixing_every_diagnostic_one_by_one_the_file_has_none_left()
    {
        var (document, diagnostics) = await AnalyzeInWorkspaceAsync(Fixture.Text("contact-footer.txt"));
        Assert.Contains(diagnostics, d => d.Id == "NC1007");

        while (diagnostics.Any(d => !d.Location.SourceSpan.IsEmpty))
        {
            var text = await ApplySingleFixAsync(document, diagnostics.First(d => !d.Location.SourceSpan.IsEmpty));
            (document, diagnostics) = await AnalyzeInWorkspaceAsync(text);
        }

        var remaining = (await document.GetTextAsync()).ToString();
        Assert.DoesNotContain("@", remaining);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Text_sharing_the_line_with_other_text_is_removed_alone()
    {
        var text = SourceText.From("keep this. drop this\nnext");

        Assert.Equal(new TextSpan(11, 9), RemoveBoilerplateCodeFixProvider.WholeLinesOrSpan(text, new TextSpan(11, 9)));
        Assert.Equal(new TextSpan(0, 21), RemoveBoilerplateCodeFixProvider.WholeLinesOrSpan(text, new TextSpan(0, 20)));
        Assert.Equal(new TextSpan(0, 21), RemoveBoilerplateCodeFixProvider.WholeLinesOrSpan(text, new TextSpan(0, 21)));
    }

    [Fact]
    public async Task No_fix_is_offered_for_a_diagnostic_without_text_to_remove()
    {
        var (document, _) = await AnalyzeInWorkspaceAsync(Fixture.Text("boilerplate.txt"));
        var fallback = Diagnostic.Create(
            new ContentFileAnalyzer().SupportedDiagnostics.Single(d => d.Id == "NC4001"),
            Location.Create(document.FilePath!, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero)),
            "windows-1256");

        Assert.Empty(await RegisterFixesAsync(document, fallback));
        Assert.DoesNotContain("NC4001", new RemoveBoilerplateCodeFixProvider().FixableDiagnosticIds);
        Assert.DoesNotContain("NC9001", new RemoveBoilerplateCodeFixProvider().FixableDiagnosticIds);
    }

    [Fact]
    public void The_provider_is_exported_for_additional_documents()
    {
        var export = typeof(RemoveBoilerplateCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>();

        Assert.NotNull(export);
        Assert.Contains(nameof(TextDocumentKind.AdditionalDocument), export!.DocumentKinds);
    }

    private static async Task<(TextDocument Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeInWorkspaceAsync(string content)
    {
        var path = AnalyzerRun.PathOf("content/article.txt");
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Corpus", LanguageNames.CSharp);
        var documentId = DocumentId.CreateNewId(project.Id);
        var solution = project.Solution.AddAdditionalDocument(documentId, "article.txt", SourceText.From(content), filePath: path);
        Assert.True(workspace.TryApplyChanges(solution));
        var document = workspace.CurrentSolution.GetAdditionalDocument(documentId)!;

        var diagnostics = await new AnalyzerRun().AddFile(new InMemoryAdditionalText(path, await document.GetTextAsync())).RunAsync();
        return (document, diagnostics);
    }

    private static async Task<List<CodeAction>> RegisterFixesAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new RemoveBoilerplateCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<string> ApplySingleFixAsync(TextDocument document, Diagnostic diagnostic)
    {
        var action = Assert.Single(await RegisterFixesAsync(document, diagnostic));
        Assert.StartsWith("Remove ", action.Title, System.StringComparison.Ordinal);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var changed = operation.ChangedSolution.GetAdditionalDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }
}
