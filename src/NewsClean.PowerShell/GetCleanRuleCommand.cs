using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;

namespace NewsClean.PowerShell;

/// <summary>
/// <c>Get-CleanRule</c>: lists the rules the engine runs, by id (wildcards) and category. Ids piped in (for example
/// an article's findings, through their RuleId) are collected and each rule is written once, in id order.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CleanRule")]
[OutputType(typeof(RuleDescriptor))]
public sealed class GetCleanRuleCommand : PSCmdlet
{
    private readonly List<string> _ids = new List<string>();
    private readonly HashSet<string> _seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("RuleId")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RuleIdCompleter))]
    public string[]? Id { get; set; }

    [Parameter]
    public RuleCategory[]? Category { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in Id ?? Array.Empty<string>())
        {
            if (_seenIds.Add(id))
            {
                _ids.Add(id);
            }
        }
    }

    protected override void EndProcessing()
    {
        var patterns = new List<(string Text, WildcardPattern Pattern)>();
        foreach (var id in _ids)
        {
            patterns.Add((id, WildcardPattern.Get(id, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)));
        }

        var matched = new bool[patterns.Count];
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var idMatches = patterns.Count == 0;
            for (var i = 0; i < patterns.Count; i++)
            {
                if (patterns[i].Pattern.IsMatch(descriptor.Id))
                {
                    matched[i] = true;
                    idMatches = true;
                }
            }

            if (idMatches && (Category is null || Array.IndexOf(Category, descriptor.Category) >= 0))
            {
                WriteObject(descriptor);
            }
        }

        // Like Get-Command: a name without wildcards that matches nothing is an error; a pattern may match nothing.
        for (var i = 0; i < patterns.Count; i++)
        {
            if (!matched[i] && !WildcardPattern.ContainsWildcardCharacters(patterns[i].Text))
            {
                WriteError(new ErrorRecord(
                    new ItemNotFoundException($"There is no rule with id '{patterns[i].Text}'. Run Get-CleanRule to list the rules."),
                    ErrorIds.RuleNotFound,
                    ErrorCategory.ObjectNotFound,
                    patterns[i].Text));
            }
        }
    }
}
