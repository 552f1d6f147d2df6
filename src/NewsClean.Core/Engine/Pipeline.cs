using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsClean.Core.Dates;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using NewsClean.Core.Text;

namespace NewsClean.Core.Engine;

/// <summary>decode -> segment -> detect -> resolve -> assemble.</summary>
internal static class Pipeline
{
    public static CleanResult CleanDocument(DocumentInput input, CleanerOptions options, CancellationToken cancellationToken)
    {
        string text;
        string encoding;
        var usedFallback = false;
        var droppedNuls = 0;
        if (input.Bytes is not null)
        {
            var decoded = TextDecoder.Decode(input.Bytes);
            if (decoded.IsBinary)
            {
                return CleanResult.Failure(string.Empty, new DocumentError(DocumentError.BinaryContent, "The document is not text: " + decoded.BinaryReason + "."));
            }

            text = decoded.Content!;
            encoding = decoded.Encoding!;
            usedFallback = decoded.UsedFallback;
            droppedNuls = decoded.DroppedNuls;
        }
        else
        {
            text = TextDecoder.NormalizeNewlines(input.Text!);
            encoding = "utf-16";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return CleanResult.Failure(text, new DocumentError(DocumentError.EmptyDocument, "The document is empty or holds only white space."));
        }

        MojibakeRepairResult? repair = null;
        if (options.IsEnabled(RuleIds.MojibakeRepaired))
        {
            repair = MojibakeRepair.TryRepair(text);
            text = repair?.Text ?? text;
        }

        var state = new DocumentState(text, input, options, cancellationToken);
        if (usedFallback)
        {
            state.AddFinding(new Finding(EngineRules.Windows1256Fallback, 0, 0, 1, 1, string.Empty, Windows1256.WebName));
        }

        if (droppedNuls > 0)
        {
            state.AddFinding(new Finding(EngineRules.NulCharacters, 0, 0, 1, 1, string.Empty, droppedNuls));
        }

        if (repair is not null)
        {
            state.AddFinding(new Finding(EngineRules.Mojibake, 0, 0, 1, 1, string.Empty, repair.Description + " (" + repair.Runs + " runs repaired)"));
        }

        ApplyInputHints(state);
        foreach (var rule in RuleCatalog.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.IsEnabled(rule.Descriptor.Id))
            {
                rule.Apply(state);
            }
        }

        state.SettleMainDates();
        SiteEvidence.Infer(state);

        return CleanResult.Success(text, Assemble(state, encoding));
    }

    /// <summary>Builds an article from lines [first, last] of a document whose rules already ran (used for embedded articles too).</summary>
    internal static IReadOnlyList<string> Paragraphs(DocumentState state, int first, int end)
    {
        var paragraphs = new List<string>();
        for (var i = first; i < end; i++)
        {
            var line = state.Lines[i];
            if (line.IsBlank || line.IsClaimed)
            {
                continue;
            }

            var kept = line.KeptText;
            if (kept.Length > 0)
            {
                paragraphs.Add(kept);
            }
        }

        return paragraphs;
    }

    private static void ApplyInputHints(DocumentState state)
    {
        var input = state.Input;
        if (!string.IsNullOrWhiteSpace(input.Title))
        {
            state.Title = input.Title!.Trim();
        }

        if (!string.IsNullOrWhiteSpace(input.Date) && ArabicDateParser.TryFindDate(input.Date!, out var date))
        {
            state.Metadata.PublishedAt = date.Value;
        }

        if (input.PublishedAt is not null)
        {
            state.Metadata.PublishedAt = input.PublishedAt;
        }

        state.Metadata.ModifiedAt = input.ModifiedAt;
        state.Metadata.Site = string.IsNullOrWhiteSpace(input.Site) ? null : input.Site!.Trim();
        state.Metadata.Byline = string.IsNullOrWhiteSpace(input.Byline) ? null : input.Byline!.Trim();
        if (input.Keywords is not null)
        {
            state.Keywords.AddRange(input.Keywords);
        }

        state.Metadata.Url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url!.Trim();
        state.Metadata.Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source!.Trim();
        state.Metadata.SourceId = string.IsNullOrWhiteSpace(input.SourceId) ? null : input.SourceId!.Trim();
    }

    private static CleanArticle Assemble(DocumentState state, string encoding)
    {
        var paragraphs = Paragraphs(state, state.ContentStart, state.ContentEnd);
        state.Metadata.Keywords = Distinct(state.Keywords);
        state.Metadata.RelatedTitles = Distinct(state.Related);
        var findings = state.Findings.OrderBy(f => f.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToArray();
        return new CleanArticle(state.Title, paragraphs, state.Metadata, state.Embedded.ToArray(), findings, state.Input.SourcePath, encoding);
    }

    private static IReadOnlyList<string> Distinct(List<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items)
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0 && seen.Add(TextTools.Key(trimmed)))
            {
                result.Add(trimmed);
            }
        }

        return result;
    }
}
