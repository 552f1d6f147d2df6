using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using NewsClean.Core.Rules;

namespace NewsClean.PowerShell;

/// <summary>
/// Tab completion of rule ids (<c>-ExcludeRule NC10&lt;Tab&gt;</c>, <c>Get-CleanRule NC2&lt;Tab&gt;</c>): the ids of the
/// catalogue that start with what was typed (or whose title holds it), each shown with its title.
/// </summary>
public sealed class RuleIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName,
        string parameterName,
        string wordToComplete,
        CommandAst commandAst,
        IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var wildcard = WildcardPattern.ContainsWildcardCharacters(typed) ? new WildcardPattern(typed, WildcardOptions.IgnoreCase) : null;
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var matches = wildcard is not null
                ? wildcard.IsMatch(descriptor.Id)
                : descriptor.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                  || (typed.Length >= 3 && descriptor.Title.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0);
            if (matches)
            {
                yield return new CompletionResult(descriptor.Id, descriptor.Id, CompletionResultType.ParameterValue, $"{descriptor.Id}: {descriptor.Title}");
            }
        }
    }
}
