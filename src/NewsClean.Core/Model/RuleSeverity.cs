namespace NewsClean.Core.Model;

/// <summary>Default severity a host (analyzer, validator) reports a rule with.</summary>
public enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
