using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsClean.Analyzers.Tests;

/// <summary>
/// Per-file analyzer options as the compiler computes them: the real <see cref="AnalyzerConfigSet"/> over the given
/// .editorconfig/.globalconfig texts, plus the <c>build_metadata.AdditionalFiles.*</c> entries MSBuild would add.
/// </summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _metadata;

    public ConfigOptionsProvider(AnalyzerConfigSet set, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadata)
    {
        _set = set;
        _metadata = metadata;
    }

    public override AnalyzerConfigOptions GlobalOptions => new DictionaryOptions(_set.GlobalConfigOptions.AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        var options = _set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions;
        if (_metadata.TryGetValue(textFile.Path, out var items))
        {
            options = options.SetItems(items.Select(i => new KeyValuePair<string, string>("build_metadata.AdditionalFiles." + i.Key, i.Value)));
        }

        return new DictionaryOptions(options);
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values)
        {
            _values = values.WithComparers(StringComparer.OrdinalIgnoreCase);
        }

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
