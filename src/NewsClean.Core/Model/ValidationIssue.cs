using System;

namespace NewsClean.Core.Model;

/// <summary>Why an article is not fit for a corpus (or a warning about it): a stable NC3xxx code, the property, a message.</summary>
public sealed class ValidationIssue
{
    public ValidationIssue(string code, RuleSeverity severity, string propertyName, string message)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        PropertyName = propertyName ?? throw new ArgumentNullException(nameof(propertyName));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    public string Code { get; }

    public RuleSeverity Severity { get; }

    public string PropertyName { get; }

    public string Message { get; }

    public override string ToString() => $"{Code} {Severity} {PropertyName}: {Message}";
}
