using System;

namespace NewsClean.Core.Model;

/// <summary>What a rule is: stable id, title, description and how hosts report it.</summary>
public sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/newsclean/newsclean/blob/main/docs/rules.md#";

    public RuleDescriptor(string id, string title, string messageFormat, RuleCategory category, RuleSeverity defaultSeverity, string description)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>Message with one placeholder {0} for the removed text.</summary>
    public string MessageFormat { get; }

    public RuleCategory Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    public string Description { get; }

    public string HelpLink => HelpLinkBase + Id.ToLowerInvariant();

    public override string ToString() => Id + " " + Title;
}
