using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using System.Security;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Dumps;
using DriveNotFoundException = System.Management.Automation.DriveNotFoundException;

namespace NewsClean.PowerShell;

/// <summary>
/// <c>Export-CleanArticle</c>: writes the articles piped in to a JSON Lines file, a CSV file, or a folder of text files
/// (one per article), with the fields and values newsclean writes. Everything is written under temporary names and
/// renamed into place at the end, so an interrupted pipeline leaves the old files as they were.
/// </summary>
[Cmdlet(VerbsData.Export, "CleanArticle", DefaultParameterSetName = PathParameterSet, SupportsShouldProcess = true)]
[OutputType(typeof(CleanArticle))]
public sealed class ExportCleanArticleCommand : PSCmdlet, IDisposable
{
    private const string PathParameterSet = "Path";
    private const string LiteralPathParameterSet = "LiteralPath";
    private const string FileSystemProviderName = "FileSystem";

    private const string JsonlFormat = "Jsonl";
    private const string CsvFormat = "Csv";
    private const string TextFormat = "Text";

    // Error ids of this cmdlet (with ErrorIds' PathNotFound, PathIsDirectory, NotFileSystemPath).
    private const string FileExists = nameof(FileExists);
    private const string FileWriteFailed = nameof(FileWriteFailed);
    private const string UnknownFormat = nameof(UnknownFormat);
    private const string PathIsFile = nameof(PathIsFile);
    private const string AmbiguousPath = nameof(AmbiguousPath);

    private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

    private readonly List<StagedFile> _textFiles = new List<StagedFile>();
    private string _target = string.Empty;
    private string _format = JsonlFormat;
    private bool _skipWriting;
    private StagedFile? _staged;
    private ArticleJsonWriter? _json;
    private ArticleCsvWriter? _csv;
    private ArticleFileNamer? _namer;
    private long _exported;

    /// <summary>The file to write (Jsonl, Csv), or the folder for Text; wildcards may name one existing item.</summary>
    [Parameter(ParameterSetName = PathParameterSet, Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>The file or folder to write, taken as written.</summary>
    [Parameter(ParameterSetName = LiteralPathParameterSet, Mandatory = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; } = string.Empty;

    /// <summary>The articles to export, usually from Get-CleanArticle.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public CleanArticle? InputObject { get; set; }

    /// <summary>Jsonl (one JSON object per line), Csv, or Text (a folder, one .txt per article). Default: from the extension (.jsonl/.json/.ndjson, .csv; a folder or a name without extension is Text).</summary>
    [Parameter]
    [ValidateSet(JsonlFormat, CsvFormat, TextFormat, IgnoreCase = true)]
    public string? Format { get; set; }

    /// <summary>Replace an existing file (for Text, existing files of the same names).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Also write each article to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>CSV: write cells that begin with =, +, -, @, TAB or CR as they are (by default they get a leading apostrophe, so a spreadsheet does not run them as formulas).</summary>
    [Parameter]
    public SwitchParameter AllowFormula { get; set; }

    public void Dispose()
    {
        // Anything not committed (a stopped or failed pipeline) is deleted here: the old files stay as they were.
        _json?.Dispose();
        _csv?.Dispose();
        _staged?.Dispose();
        foreach (var file in _textFiles)
        {
            file.Dispose();
        }

        _json = null;
        _csv = null;
        _staged = null;
        _textFiles.Clear();
    }

    protected override void BeginProcessing()
    {
        var isLiteral = ParameterSetName == LiteralPathParameterSet;
        var path = isLiteral ? LiteralPath : Path;
        _target = ResolveTarget(path, isLiteral);
        _format = ChooseFormat(path, _target);

        if (_format == TextFormat)
        {
            if (File.Exists(_target))
            {
                Terminate(new IOException($"Cannot export text files to '{_target}': it is a file. Text export writes one file per article into a folder."), PathIsFile, ErrorCategory.InvalidArgument, path);
            }

            _skipWriting = !ShouldProcess(_target, "Export clean articles as text files");
            if (!_skipWriting)
            {
                Try(() => Directory.CreateDirectory(_target), path);
                _namer = new ArticleFileNamer(".txt");
            }

            return;
        }

        if (Directory.Exists(_target))
        {
            Terminate(new IOException($"Cannot export to '{_target}': it is a folder. Give a file name, or use -Format Text."), ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path);
        }

        if (File.Exists(_target) && !Force)
        {
            Terminate(new IOException($"The file '{_target}' already exists. Use -Force to replace it."), FileExists, ErrorCategory.ResourceExists, path);
        }

        var folder = System.IO.Path.GetDirectoryName(_target);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            Terminate(new ItemNotFoundException($"Cannot export to '{_target}': the folder '{folder}' does not exist."), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path);
        }

        _skipWriting = !ShouldProcess(_target, _format == CsvFormat ? "Export clean articles as CSV" : "Export clean articles as JSON Lines");
        if (_skipWriting)
        {
            return;
        }

        Try(
            () =>
            {
                _staged = new StagedFile(_target);
                if (_format == CsvFormat)
                {
                    _csv = new ArticleCsvWriter(_staged.Stream, leaveOpen: true, neutralizeFormulas: !AllowFormula.IsPresent);
                }
                else
                {
                    _json = new ArticleJsonWriter(_staged.Stream, leaveOpen: true);
                }
            },
            path);
    }

    protected override void ProcessRecord()
    {
        var article = InputObject;
        if (article is null)
        {
            return;
        }

        if (!_skipWriting)
        {
            if (_format == TextFormat)
            {
                StageTextFile(article);
            }
            else
            {
                Try(
                    () =>
                    {
                        _json?.Write(article);
                        _csv?.Write(article);
                    },
                    _target);
                _exported++;
            }
        }

        if (PassThru)
        {
            WriteObject(article);
        }
    }

    protected override void EndProcessing()
    {
        if (_skipWriting)
        {
            return;
        }

        if (_format == TextFormat)
        {
            foreach (var file in _textFiles)
            {
                Commit(file, file.DestinationPath);
            }

            WriteVerbose($"Exported {_exported} articles as text files to '{_target}'.");
            return;
        }

        Try(
            () =>
            {
                _json?.Dispose();
                _csv?.Dispose();
            },
            _target);
        _json = null;
        _csv = null;
        if (_staged is not null)
        {
            Commit(_staged, _target);
        }

        WriteVerbose($"Exported {_exported} articles to '{_target}'.");
    }

    private static bool IsIOFailure(Exception ex) => ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException;

    private void StageTextFile(CleanArticle article)
    {
        var destination = System.IO.Path.Combine(_target, _namer!.Next(article));
        if (File.Exists(destination) && !Force)
        {
            WriteError(new ErrorRecord(
                new IOException($"The file '{destination}' already exists. Use -Force to replace it."),
                FileExists,
                ErrorCategory.ResourceExists,
                article));
            return;
        }

        StagedFile? staged = null;
        try
        {
            staged = new StagedFile(destination);
            var bytes = Utf8NoBom.GetBytes(ArticleTextFormatter.Format(article));
            staged.Stream.Write(bytes, 0, bytes.Length);
            staged.Seal();
            _textFiles.Add(staged);
            _exported++;
        }
        catch (Exception ex) when (IsIOFailure(ex))
        {
            staged?.Dispose();
            WriteError(new ErrorRecord(ex, FileWriteFailed, ErrorCategory.WriteError, article));
        }
    }

    private void Commit(StagedFile file, object target)
    {
        try
        {
            file.Commit(overwrite: Force);
        }
        catch (IOException ex) when (!Force && File.Exists(file.DestinationPath))
        {
            // The file appeared while the pipeline ran.
            WriteError(new ErrorRecord(new IOException($"The file '{file.DestinationPath}' already exists. Use -Force to replace it.", ex), FileExists, ErrorCategory.ResourceExists, target));
        }
        catch (Exception ex) when (IsIOFailure(ex))
        {
            WriteError(new ErrorRecord(ex, FileWriteFailed, ErrorCategory.WriteError, target));
        }
    }

    /// <summary>Runs a write; an I/O failure ends the cmdlet (the file cannot be completed), leaving no partial file.</summary>
    private void Try(Action write, object target)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (IsIOFailure(ex))
        {
            Terminate(ex, FileWriteFailed, ErrorCategory.WriteError, target);
        }
    }

    /// <summary>The full file-system path to write: -LiteralPath as written; -Path with wildcards may match one existing item.</summary>
    private string ResolveTarget(string path, bool isLiteral)
    {
        var paths = SessionState.Path;
        string resolved;
        ProviderInfo provider;
        try
        {
            var matches = new Collection<string>();
            ProviderInfo? matchProvider = null;
            if (!isLiteral && WildcardPattern.ContainsWildcardCharacters(path))
            {
                try
                {
                    matches = paths.GetResolvedProviderPathFromPSPath(path, out matchProvider);
                }
                catch (ItemNotFoundException)
                {
                    // A wildcard that matches nothing names a new file: the name is taken as written.
                }
            }

            if (matches.Count > 1)
            {
                Terminate(new ArgumentException($"'{path}' matches {matches.Count} items; name one file or folder."), AmbiguousPath, ErrorCategory.InvalidArgument, path);
            }

            if (matches.Count == 1 && matchProvider is not null)
            {
                resolved = matches[0];
                provider = matchProvider;
            }
            else
            {
                resolved = paths.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            }
        }
        catch (DriveNotFoundException ex)
        {
            Terminate(ex, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path);
            return string.Empty;
        }
        catch (ProviderNotFoundException ex)
        {
            Terminate(ex, ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);
            return string.Empty;
        }

        if (!string.Equals(provider.Name, FileSystemProviderName, StringComparison.OrdinalIgnoreCase))
        {
            Terminate(new ArgumentException($"Cannot export to '{path}': it is a {provider.Name} path, and only file system paths are supported."), ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);
        }

        return resolved;
    }

    private string ChooseFormat(string path, string target)
    {
        if (Format is not null)
        {
            return Format.Equals(CsvFormat, StringComparison.OrdinalIgnoreCase) ? CsvFormat
                : Format.Equals(TextFormat, StringComparison.OrdinalIgnoreCase) ? TextFormat
                : JsonlFormat;
        }

        var extension = System.IO.Path.GetExtension(target);
        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return JsonlFormat;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CsvFormat;
        }

        if (Directory.Exists(target) || extension.Length == 0)
        {
            return TextFormat;
        }

        Terminate(new ArgumentException($"Cannot tell the export format from '{extension}': use -Format Jsonl, Csv or Text, or a .jsonl or .csv file name."), UnknownFormat, ErrorCategory.InvalidArgument, path);
        return JsonlFormat;
    }

    private void Terminate(Exception exception, string errorId, ErrorCategory category, object target) =>
        ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));
}
