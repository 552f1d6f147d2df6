using System;
using System.Collections.Generic;
using System.Linq;
using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Every rule, in the order the pipeline runs them, and every descriptor by id.</summary>
public static class RuleCatalog
{
    /// <summary>Run order matters: structural rules first, the headline after the blocks that could repeat it, bylines last.</summary>
    public static readonly IReadOnlyList<CleaningRule> Rules = new CleaningRule[]
    {
        new TaggedDocumentRule(),
        new SiteHeaderRule(),
        new CrawlerTimestampRule(),
        new CopyPasteFooterRule(),
        new LinkLineRule(),
        new AggregatorLineRule(),
        new SeparatorLineRule(),
        new WireMarkerRule(),
        new CopyrightRule(),
        new ContactFooterRule(),
        new ShareFollowRule(),
        new AdvertisementRule(),
        new NavigationRule(),
        new PhotoCaptionRule(),
        new PublishDateLineRule(),
        new ReadAlsoBlockRule(),
        new RelatedListRule(),
        new SourceLineRule(),
        new KeywordFooterRule(),
        new HeadlineRule(),
        new BylineRule(),
    };

    /// <summary>Descriptors of rules that are not cleaning passes (reported by the decoder or the engine).</summary>
    private static readonly RuleDescriptor[] EngineDescriptors = { EngineRules.Windows1256Fallback, EngineRules.NulCharacters, EngineRules.Mojibake, EngineRules.InternalError, EngineRules.ContentStrategy };

    public static readonly IReadOnlyList<RuleDescriptor> Descriptors =
        Rules.SelectMany(r => r.Descriptors).Concat(EngineDescriptors).Concat(ValidationRules.All).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = Descriptors.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string id, out RuleDescriptor descriptor)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return ById.TryGetValue(id, out descriptor!);
    }
}
