using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentValidation;
using NewsClean.Core;
using NewsClean.Core.Model;
using NewsClean.Core.Rules;
using NewsClean.Core.Text;

namespace NewsClean.Validation;

/// <summary>
/// Checks that a cleaned article is fit for a corpus. Every rule carries its NC3xxx code (WithErrorCode), a severity,
/// and a message naming the property. Thread-safe once built.
/// </summary>
public sealed class ArticleValidator : AbstractValidator<CleanArticle>
{
    private static readonly TimeSpan Timeout = NewsClean.Core.Text.RegexLimits.MatchTimeout;
    private static readonly Regex Markup = new Regex(@"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?/?>|&(?:[A-Za-z]{2,10}|#\d{2,7}|#x[0-9A-Fa-f]{2,6});", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Whitespace = new Regex(@"\s+", RegexOptions.CultureInvariant, Timeout);

    private readonly ValidationSettings _settings;
    private readonly ArticleCleaner _detector;

    public ArticleValidator()
        : this(ValidationSettings.Default, Array.Empty<string>())
    {
    }

    public ArticleValidator(ValidationSettings settings, IEnumerable<string> excludedRules)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var excluded = new HashSet<string>(excludedRules ?? throw new ArgumentNullException(nameof(excludedRules)), StringComparer.OrdinalIgnoreCase);
        _detector = new ArticleCleaner(new CleanerOptions(excluded));
        bool On(RuleDescriptor rule) => !excluded.Contains(rule.Id);

        RuleFor(a => a.Title).Must(t => !string.IsNullOrWhiteSpace(t))
            .When(_ => On(ValidationRules.TitleMissing))
            .WithErrorCode(RuleIds.TitleMissing).WithSeverity(settings.RequireTitle ? Severity.Error : Severity.Warning)
            .WithMessage("'{PropertyName}' is empty.");

        RuleFor(a => a.Title).Must((a, t) => !SameText(t, a.Site))
            .When(a => On(ValidationRules.TitleIsSiteName) && !string.IsNullOrWhiteSpace(a.Title) && !string.IsNullOrWhiteSpace(a.Site))
            .WithErrorCode(RuleIds.TitleIsSiteName).WithSeverity(Severity.Error)
            .WithMessage("'{PropertyName}' is the site name '{PropertyValue}'.");

        RuleFor(a => a.Title).Must(t => t!.Trim().Length >= settings.MinTitleLength && t.Trim().Length <= settings.MaxTitleLength)
            .When(a => On(ValidationRules.TitleLength) && !string.IsNullOrWhiteSpace(a.Title))
            .WithErrorCode(RuleIds.TitleLength).WithSeverity(Severity.Warning)
            .WithMessage(a => $"'Title' has {a.Title!.Trim().Length} characters; expected {settings.MinTitleLength} to {settings.MaxTitleLength}.");

        RuleFor(a => a.Body).Must(b => !string.IsNullOrWhiteSpace(b))
            .When(_ => On(ValidationRules.BodyMissing))
            .WithErrorCode(RuleIds.BodyMissing).WithSeverity(Severity.Error)
            .WithMessage("'{PropertyName}' is empty: nothing is left once the boilerplate is removed.");

        RuleFor(a => a.WordCount).GreaterThanOrEqualTo(settings.MinBodyWords)
            .When(a => On(ValidationRules.BodyTooShort) && !string.IsNullOrWhiteSpace(a.Body))
            .WithErrorCode(RuleIds.BodyTooShort).WithSeverity(Severity.Error)
            .WithMessage(a => $"'Body' has {a.WordCount} words; at least {settings.MinBodyWords} are required (setting MinBodyWords).");

        RuleFor(a => a.Body).Must(b => ArabicShare(b) >= settings.MinArabicRatio)
            .When(a => On(ValidationRules.ArabicRatio) && settings.ExpectedLanguage == "ar" && !string.IsNullOrWhiteSpace(a.Body))
            .WithErrorCode(RuleIds.ArabicRatio).WithSeverity(Severity.Error)
            .WithMessage(a => $"'Body' has {ArabicShare(a.Body):P0} Arabic letters; at least {settings.MinArabicRatio:P0} expected (setting MinArabicRatio).");

        RuleFor(a => a.Body).Must(b => ResidualBoilerplate(b) is null)
            .When(a => On(ValidationRules.ResidualBoilerplate) && !string.IsNullOrWhiteSpace(a.Body))
            .WithErrorCode(RuleIds.ResidualBoilerplate).WithSeverity(Severity.Warning)
            .WithMessage(a => $"'Body' still holds boilerplate: {ResidualBoilerplate(a.Body)}.");

        RuleFor(a => a.Paragraphs).Must(p => DuplicatedParagraph(p) is null)
            .When(_ => On(ValidationRules.DuplicateParagraphs))
            .WithErrorCode(RuleIds.DuplicateParagraphs).WithSeverity(Severity.Warning)
            .WithMessage(a => $"'Paragraphs' repeats a paragraph: '{Shorten(DuplicatedParagraph(a.Paragraphs)!)}'.");

        RuleFor(a => a.PublishedAt).Must((a, p) => p!.Value <= (a.ScrapedAt ?? settings.ReferenceTime ?? DateTimeOffset.UtcNow).AddHours(settings.FutureToleranceHours))
            .When(a => On(ValidationRules.PublishedInFuture) && a.PublishedAt is not null)
            .WithErrorCode(RuleIds.PublishedInFuture).WithSeverity(Severity.Error)
            .WithMessage(a => $"'PublishedAt' {a.PublishedAt:yyyy-MM-dd} is after the crawl time {(a.ScrapedAt ?? settings.ReferenceTime ?? DateTimeOffset.UtcNow):yyyy-MM-dd} (setting FutureToleranceHours).");

        RuleFor(a => a.PublishedAt).Must(p => p!.Value.Year >= settings.MinPublishedYear)
            .When(a => On(ValidationRules.PublishedTooOld) && a.PublishedAt is not null)
            .WithErrorCode(RuleIds.PublishedTooOld).WithSeverity(Severity.Warning)
            .WithMessage(a => $"'PublishedAt' {a.PublishedAt:yyyy-MM-dd} is before {settings.MinPublishedYear} (setting MinPublishedYear).");

        RuleFor(a => a).Must(a => Broken(a) is null)
            .When(_ => On(ValidationRules.Mojibake))
            .OverridePropertyName("Body")
            .WithErrorCode(RuleIds.MojibakeLeft).WithSeverity(Severity.Error)
            .WithMessage(a => $"'Body' or 'Title' holds mojibake: '{Broken(a)}'.");

        RuleFor(a => a).Must(a => MarkupIn(a) is null)
            .When(_ => On(ValidationRules.MarkupLeft))
            .OverridePropertyName("Body")
            .WithErrorCode(RuleIds.MarkupLeft).WithSeverity(Severity.Error)
            .WithMessage(a => $"'Body' or 'Title' holds HTML markup: '{MarkupIn(a)}'.");

        RuleFor(a => a).Must(a => ControlIn(a) is null)
            .When(_ => On(ValidationRules.ControlCharacters))
            .OverridePropertyName("Body")
            .WithErrorCode(RuleIds.ControlCharactersLeft).WithSeverity(Severity.Error)
            .WithMessage(a => $"'Body' or 'Title' holds control character {ControlIn(a)}.");
    }

    /// <summary>Validates and returns a copy of the article carrying IsValid and ValidationIssues.</summary>
    public CleanArticle ValidateArticle(CleanArticle article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        var result = Validate(article);
        var issues = result.Errors.Select(e => new ValidationIssue(e.ErrorCode, ToSeverity(e.Severity), e.PropertyName, e.ErrorMessage)).ToArray();
        return article.WithValidation(issues);
    }

    internal static double ArabicShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF'))
            {
                arabic++;
            }
        }

        return letters == 0 ? 0 : (double)arabic / letters;
    }

    private static RuleSeverity ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => RuleSeverity.Error,
        Severity.Warning => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };

    private static bool SameText(string? a, string? b) =>
        string.Equals(Whitespace.Replace(a ?? string.Empty, " ").Trim(), Whitespace.Replace(b ?? string.Empty, " ").Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

    /// <summary>The first boilerplate finding the cleaner makes on an already clean body (kickers aside: a body may open with a short line).</summary>
    private string? ResidualBoilerplate(string body)
    {
        var result = _detector.Clean(body);
        var finding = result.Article?.Findings.FirstOrDefault(f => f.Category == RuleCategory.Boilerplate && f.RuleId != RuleIds.Kicker);
        return finding is null ? null : $"{finding.RuleId} at line {finding.StartLine} '{Shorten(finding.Text)}'";
    }

    private static string? DuplicatedParagraph(IReadOnlyList<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var key = Whitespace.Replace(paragraph, " ").Trim();
            if (key.Split(' ').Length >= 5 && !seen.Add(key))
            {
                return paragraph;
            }
        }

        return null;
    }

    private static string? Broken(CleanArticle a) => MojibakeDetector.Find(a.Title ?? string.Empty) ?? MojibakeDetector.Find(a.Body);

    private static string? MarkupIn(CleanArticle a)
    {
        foreach (var text in new[] { a.Title ?? string.Empty, a.Body })
        {
            try
            {
                var match = Markup.Match(text);
                if (match.Success)
                {
                    return Shorten(match.Value);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return "(markup check timed out)";
            }
        }

        return null;
    }

    private static string? ControlIn(CleanArticle a)
    {
        foreach (var text in new[] { a.Title ?? string.Empty, a.Body })
        {
            foreach (var c in text)
            {
                var control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
                if (control)
                {
                    return "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return null;
    }
}
