using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NewsClean.Core.Rules;

namespace NewsClean.Cli;

/// <summary>
/// Parses the arguments of <c>newsclean clean</c>. Options may come before or after the inputs; "--" ends the
/// options; a value goes after a space or an '=' (<c>--threads 4</c>, <c>--threads=4</c>, <c>-o out.jsonl</c>).
/// </summary>
internal static class CommandLine
{
    public const int MaxThreads = 256;

    public static CleanOptions? Parse(IReadOnlyList<string> args, out UsageError? error)
    {
        var options = new CleanOptions();
        error = null;
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith("-", StringComparison.Ordinal))
            {
                options.Inputs.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg.Substring(0, equals);
                inlineValue = arg.Substring(equals + 1);
            }

            switch (name)
            {
                case "-h":
                case "--help":
                    options.ShowHelp = true;
                    break;
                case "--validate":
                    options.Validate = true;
                    break;
                case "--follow-symlinks":
                    options.FollowSymlinks = true;
                    break;
                case "-o":
                case "--output":
                    if (!TakeValue(args, ref i, name, inlineValue, out var output, out error))
                    {
                        return null;
                    }

                    options.OutputPath = output;
                    break;
                case "--format":
                    if (!TakeValue(args, ref i, name, inlineValue, out var format, out error))
                    {
                        return null;
                    }

                    if (!TryParseEnum<OutputFormat>(format!, out var outputFormat))
                    {
                        error = Invalid(name, format!, "jsonl or text");
                        return null;
                    }

                    options.Format = outputFormat;
                    break;
                case "--input":
                    if (!TakeValue(args, ref i, name, inlineValue, out var input, out error))
                    {
                        return null;
                    }

                    if (!TryParseEnum<InputMode>(input!, out var inputMode))
                    {
                        error = Invalid(name, input!, "jsonl, text or auto");
                        return null;
                    }

                    options.Input = inputMode;
                    break;
                case "--threads":
                    if (!TakeValue(args, ref i, name, inlineValue, out var threads, out error))
                    {
                        return null;
                    }

                    if (!int.TryParse(threads, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > MaxThreads)
                    {
                        error = Invalid(name, threads!, "a whole number from 1 to " + MaxThreads.ToString(CultureInfo.InvariantCulture));
                        return null;
                    }

                    options.Threads = count;
                    break;
                case "--exclude-rule":
                    if (!TakeValue(args, ref i, name, inlineValue, out var rules, out error))
                    {
                        return null;
                    }

                    foreach (var rule in rules!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        var id = rule.Trim();
                        if (!RuleCatalog.TryGet(id, out _))
                        {
                            error = new UsageError(UsageError.UnknownRule, $"'{id}' is not a rule id. The rules are listed in docs/rules.md (or by Get-CleanRule).");
                            return null;
                        }

                        options.ExcludedRules.Add(id);
                    }

                    break;
                default:
                    error = new UsageError(UsageError.UnknownOption, $"Unknown option '{name}'.");
                    return null;
            }

            if (inlineValue is not null && !TakesValue(name))
            {
                error = new UsageError(UsageError.InvalidValue, $"Option '{name}' takes no value.");
                return null;
            }
        }

        if (options.OutputPath == "-")
        {
            options.OutputPath = null;
        }

        if (options.OutputPath is { } path && !options.ShowHelp)
        {
            error = CheckOutputPath(path);
            if (error is not null)
            {
                return null;
            }
        }

        return options;
    }

    private static bool TakesValue(string name) => name is "-o" or "--output" or "--format" or "--input" or "--threads" or "--exclude-rule";

    private static bool TakeValue(IReadOnlyList<string> args, ref int i, string name, string? inlineValue, out string? value, out UsageError? error)
    {
        error = null;
        value = inlineValue;
        if (value is null)
        {
            if (i + 1 >= args.Count)
            {
                error = new UsageError(UsageError.MissingValue, $"Option '{name}' needs a value.");
                return false;
            }

            value = args[++i];
        }

        if (value.Length == 0)
        {
            error = new UsageError(UsageError.MissingValue, $"Option '{name}' needs a value.");
            return false;
        }

        return true;
    }

    private static bool TryParseEnum<T>(string value, out T result)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(typeof(T), result) && !int.TryParse(value, out _);

    private static UsageError Invalid(string name, string value, string expected) =>
        new UsageError(UsageError.InvalidValue, $"'{value}' is not a value of {name}: expected {expected}.");

    private static UsageError? CheckOutputPath(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            return new UsageError(UsageError.InvalidValue, $"'{path}' is not a valid output path: {ex.Message}");
        }

        if (Directory.Exists(full))
        {
            return new UsageError(UsageError.InvalidValue, $"The output '{path}' is a folder; give a file name.");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return new UsageError(UsageError.InvalidValue, $"The folder of the output '{path}' does not exist.");
        }

        return null;
    }
}
