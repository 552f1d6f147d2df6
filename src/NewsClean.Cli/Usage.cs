using System.Reflection;

namespace NewsClean.Cli;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text =
@"Usage: newsclean clean [FILES_OR_FOLDERS...] [options]

Cleans scraped Arabic news into article records: the article's own text, its
metadata (title, dates, site, source, byline, keywords, related titles,
embedded articles) and every removal explained.

Inputs (none, or '-': standard input):
  FILE.txt, FILE.html        one document; an HTML page (by its extension
                             .html .htm .xhtml .shtml, or by its content) goes
                             through the HTML reader, as with Get-CleanArticle
  FILE.jsonl[.gz], FILE.json a dump: one record per line, or a JSON array; the
                             text is the first of content, text, body, html;
                             id, title, url, date (date_extracted), source are
                             used too
  FOLDER                     every *.txt *.html *.htm *.xhtml *.shtml *.jsonl
                             *.jsonl.gz *.json under it, recursively, in name
                             order
  -                          standard input: a dump when it starts with '{',
                             else one raw document

Options:
  -o, --output FILE          write to FILE (through a temporary file renamed
                             into place at the end) instead of standard output
      --format jsonl|text    jsonl (default): one JSON object per line;
                             text: title, blank line, body; articles separated
                             by a line holding a form feed
      --input auto|jsonl|text
                             auto (default): by extension; jsonl: every input
                             is a dump; text: every input is one document
      --threads N            documents cleaned at once (default: the number of
                             processors); output keeps the input order
      --exclude-rule ID      do not run rule ID (repeatable, or ID,ID)
      --validate             check each article (IsValid, ValidationIssues)
      --follow-symlinks      in folders, follow links to folders and to files outside the folder (loops are skipped)
  -h, --help                 show this help

Errors go to standard error, one JSON object per line:
  {""error"":""PathNotFound"",""path"":""..."",""line"":null,""message"":""...""}

Exit codes: 0 all documents cleaned; 1 some failed (the rest were written);
2 bad command line; 130 interrupted.
";

    public static string Version =>
        typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
