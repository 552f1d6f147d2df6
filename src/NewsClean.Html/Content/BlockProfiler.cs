using System;
using System.Collections.Generic;
using System.Globalization;
using NewsClean.Html.Dom;

namespace NewsClean.Html.Content;

/// <summary>What a block of text looks like to the paragraph classifier: length, link share, function-word share.</summary>
internal readonly struct BlockProfile
{
    public BlockProfile(int chars, int linkChars, int words, int stopWords)
    {
        Chars = chars;
        LinkChars = linkChars;
        Words = words;
        StopWords = stopWords;
    }

    public int Chars { get; }

    public int LinkChars { get; }

    public int Words { get; }

    public int StopWords { get; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public double StopWordDensity => Words == 0 ? 0 : (double)StopWords / Words;
}

/// <summary>
/// Measures blocks of one page the same way whichever strategy produced them, so their results can be compared:
/// which characters are link text (by page offset), and which words are function words of the page's language.
/// </summary>
internal sealed class BlockProfiler
{
    private readonly List<int> _linkStarts = new List<int>();
    private readonly List<int> _linkEnds = new List<int>();
    private readonly HashSet<string>? _declared;
    private readonly Dictionary<long, BlockProfile> _profiles = new Dictionary<long, BlockProfile>();

    public BlockProfiler(PageTree tree, string? language)
    {
        var nodes = tree.Nodes;
        var inLink = new bool[nodes.Count];
        foreach (var node in nodes)
        {
            var parent = node.Parent;
            inLink[node.Index] = parent is not null && (inLink[parent.Index] || parent.Tag == "a");
            if (node.IsText && inLink[node.Index] && node.RawLength > 0)
            {
                _linkStarts.Add(node.PageOffset);
                _linkEnds.Add(node.PageOffset + node.RawLength);
            }
        }

        _declared = StopWords.For(language);
    }

    /// <summary>The function words the page is measured with, or null (no list for its language: length and links only).</summary>
    public HashSet<string>? Words { get; private set; }

    /// <summary>
    /// Takes the list that fits the page's text best, if any fits: the text's language, not the declared one, decides
    /// (templates declare "en-US" over German posts); the declared language's list wins ties.
    /// </summary>
    public void GuessLanguage(IReadOnlyList<ContentBlock> blocks)
    {
        // Only words short enough to be function words are kept for the lookups; the others are only counted.
        var pageWords = new List<string>();
        var totalWords = 0;
        foreach (var block in blocks)
        {
            if (block.Text.Length >= ContentSettings.ShortBlockChars)
            {
                totalWords += ShortWords(block.Text, pageWords);
                if (totalWords >= ContentSettings.LanguageSampleWords)
                {
                    break;
                }
            }
        }

        HashSet<string>? best = null;
        var bestShare = ContentSettings.LanguageMinimumShare;
        foreach (var language in StopWords.Languages)
        {
            var words = StopWords.For(language)!;
            var hits = 0;
            foreach (var word in pageWords)
            {
                if (IsStopWord(word, words))
                {
                    hits++;
                }
            }

            var share = totalWords == 0 ? 0 : (double)hits / totalWords;
            if (share > bestShare || (ReferenceEquals(words, _declared) && share >= bestShare && share > ContentSettings.LanguageMinimumShare))
            {
                bestShare = share;
                best = words;
            }
        }

        Words = best;
    }

    /// <summary>The block's measures (asked once per block: both strategies' blocks and the arbitration ask again).</summary>
    // scratch for Count: a profiler serves one page on one thread
    private readonly List<string> _shortWords = new List<string>();

    public BlockProfile Profile(ContentBlock block)
    {
        var key = ((long)block.Start << 32) | (uint)block.Text.Length;
        if (_profiles.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = block.Text;
        var linkChars = _linkStarts.Count > 0 ? LinkChars(block) : 0;
        int words = 0, stops = 0;
        if (Words is not null)
        {
            Count(text, Words, ref words, ref stops);
        }

        var profile = new BlockProfile(text.Length, linkChars, words, stops);
        _profiles[key] = profile;
        return profile;
    }

    /// <summary>Characters (not white space) of the block inside link text.</summary>
    public int LinkCharsOf(ContentBlock block) => _linkStarts.Count > 0 ? LinkChars(block) : 0;

    /// <summary>Characters of the block inside link text: one search, then a walk (a block's offsets run forward).</summary>
    private int LinkChars(ContentBlock block)
    {
        var text = block.Text;
        var count = 0;
        var index = -1;
        var previous = int.MinValue;
        for (var i = 0; i < text.Length; i++)
        {
            var offset = block.PageOffsetOf(i);
            if (index < 0 || offset < previous)
            {
                index = _linkStarts.BinarySearch(offset);
                index = index < 0 ? Math.Max(0, ~index - 1) : index;
            }

            previous = offset;
            while (index < _linkEnds.Count && _linkEnds[index] <= offset)
            {
                index++;
            }

            if (text[i] != ' ' && index < _linkStarts.Count && _linkStarts[index] <= offset)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the words of <paramref name="text"/> and those in the list, reading only short words (no function word is long).</summary>
    private void Count(string text, HashSet<string> words, ref int total, ref int hits)
    {
        _shortWords.Clear();
        total += ShortWords(text, _shortWords);
        foreach (var word in _shortWords)
        {
            if (IsStopWord(word, words))
            {
                hits++;
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || c == '\'' || c == '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsStopWord(string word, HashSet<string> words) => words.Contains(word) || (word.Length > 2 && Elided(word, words));

    /// <summary>Adds the lower-cased words of <paramref name="text"/> that could be function words; returns how many words it has.</summary>
    private static int ShortWords(string text, List<string> words)
    {
        var total = 0;
        var start = -1;
        var apostrophe = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordChar(c))
            {
                if (start < 0)
                {
                    start = i;
                    apostrophe = false;
                }

                apostrophe |= c == '\'' || c == '\u2019';
                continue;
            }

            if (start >= 0)
            {
                total++;
                if (i - start <= StopWords.MaxLength || apostrophe)
                {
                    words.Add(text.Substring(start, i - start).ToLowerInvariant());
                }

                start = -1;
            }
        }

        return total;
    }

    /// <summary>French and Italian elisions (l'homme, d'un, dell'anno) hold a function word before the apostrophe.</summary>
    private static bool Elided(string word, HashSet<string> words)
    {
        var apostrophe = word.IndexOfAny(new[] { '\'', '\u2019' });
        return apostrophe > 0 && words.Contains(word.Substring(0, apostrophe));
    }
}
