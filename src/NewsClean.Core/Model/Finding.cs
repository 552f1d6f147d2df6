using System;

namespace NewsClean.Core.Model;

/// <summary>One removal or extraction, pointing back into the decoded text.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, int start, int length, int startLine, int endLine, string text, object? value)
    {
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Start = start;
        Length = length;
        StartLine = startLine;
        EndLine = endLine;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Value = value;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public RuleCategory Category => Rule.Category;

    /// <summary>Offset of the removed text in the decoded document (half-open span [Start, Start+Length)).</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>1-based first line of the span.</summary>
    public int StartLine { get; }

    /// <summary>1-based last line of the span.</summary>
    public int EndLine { get; }

    public string Text { get; }

    /// <summary>What the rule extracted (a date, a keyword list, a title, an embedded article), or null.</summary>
    public object? Value { get; }

    public override string ToString() => $"{RuleId} L{StartLine}-{EndLine}: {Text}";
}
