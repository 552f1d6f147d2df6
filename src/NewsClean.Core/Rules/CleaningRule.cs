using System.Collections.Generic;
using NewsClean.Core.Engine;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>
/// A rule: one descriptor and one pass over the segmented document that removes lines and records findings.
/// Rules are stateless; the pipeline runs them in a fixed order and the first rule to claim a line keeps it.
/// </summary>
public abstract class CleaningRule
{
    private protected CleaningRule()
    {
    }

    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Every id this rule reports (a block rule can report a second one for what it splits out).</summary>
    public virtual IEnumerable<RuleDescriptor> Descriptors
    {
        get { yield return Descriptor; }
    }

    internal abstract void Apply(DocumentState document);
}
