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
        var pageWords = new List<string>();
        foreach (var block in blocks)
        {
            if (block.Text.Length >= ContentSettings.ShortBlockChars)
            {
                Tokenize(block.Text, pageWords);
                if (pageWords.Count >= ContentSettings.LanguageSampleWords)
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

            var share = pageWords.Count == 0 ? 0 : (double)hits / pageWords.Count;
            if (share > bestShare || (ReferenceEquals(words, _declared) && share >= bestShare && share > ContentSettings.LanguageMinimumShare))
            {
                bestShare = share;
                best = words;
            }
        }

        Words = best;
    }

    /// <summary>The block's measures (asked once per block: both strategies' blocks and the arbitration ask again).</summary>
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

    private static void Count(string text, HashSet<string> words, ref int total, ref int hits)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        total += tokens.Count;
        foreach (var token in tokens)
        {
            if (IsStopWord(token, words))
            {
                hits++;
            }
        }
    }

    private static bool IsStopWord(string word, HashSet<string> words) => words.Contains(word) || (word.Length > 2 && Elided(word, words));

    /// <summary>The words of <paramref name="text"/>, lower-cased: runs of letters, marks and apostrophes.</summary>
    private static void Tokenize(string text, List<string> words)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '\u2019' || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (letter)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                words.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
        }
    }

    /// <summary>French and Italian elisions (l'homme, d'un, dell'anno) hold a function word before the apostrophe.</summary>
    private static bool Elided(string word, HashSet<string> words)
    {
        var apostrophe = word.IndexOfAny(new[] { '\'', '\u2019' });
        return apostrophe > 0 && words.Contains(word.Substring(0, apostrophe));
    }
}
