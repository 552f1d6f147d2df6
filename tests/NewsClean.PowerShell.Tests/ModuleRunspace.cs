using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Pwsh = System.Management.Automation.PowerShell;

namespace NewsClean.PowerShell.Tests;

/// <summary>
/// One runspace per test class with the module imported through its manifest, as a user would, from this
/// project's output (the module project reference copies NewsClean.psd1, the ps1xml and en-US help there).
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            // the ps1xml would otherwise be subject to the machine's policy; elsewhere setting it throws
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        state.ThrowOnRunspaceOpenError = true;
        state.ImportPSModule(Path.Combine(AppContext.BaseDirectory, "NewsClean.psd1"));
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    /// <summary>Runs a script (arguments are <c>$args[0]</c>, <c>$args[1]</c>, ...) and collects output and errors.</summary>
    public ScriptResult Invoke(string script, params object[] arguments)
    {
        using var shell = Pwsh.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        return new ScriptResult(output.ToList(), shell.Streams.Error.ToList());
    }

    public void Dispose() => _runspace.Dispose();
}
