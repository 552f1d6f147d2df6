using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsClean.Core;

/// <summary>Settings of one <see cref="ArticleCleaner"/>; immutable.</summary>
public sealed class CleanerOptions
{
    public static readonly CleanerOptions Default = new CleanerOptions(Array.Empty<string>());

    public CleanerOptions(IEnumerable<string> excludedRules)
    {
        if (excludedRules is null)
        {
            throw new ArgumentNullException(nameof(excludedRules));
        }

        ExcludedRules = new HashSet<string>(excludedRules.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Rule ids that are not run (their text stays in the body, their field stays empty).</summary>
    public IReadOnlyCollection<string> ExcludedRules { get; }

    public bool IsEnabled(string ruleId) => !((HashSet<string>)ExcludedRules).Contains(ruleId);
}
