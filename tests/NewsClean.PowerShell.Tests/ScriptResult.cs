using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NewsClean.Core.Model;

namespace NewsClean.PowerShell.Tests;

public sealed record ScriptResult(IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors)
{
    public IReadOnlyList<CleanArticle> Articles => Output.Select(o => o.BaseObject).OfType<CleanArticle>().ToList();

    public IReadOnlyList<string> ErrorIds => Errors.Select(e => e.FullyQualifiedErrorId).ToList();
}
