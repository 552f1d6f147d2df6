using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsClean.Html.Metadata;

/// <summary>
/// Month names of the languages pages are written in, as data: full names (and the genitive forms Slavic languages write
/// dates with). Keys are folded by <see cref="Fold"/> (lower case, accents dropped), so "März", "Marz" and "MÄRZ" are one
/// entry. An abbreviation is any prefix of three letters or more that names one month only ("sept", "dez", "juil").
/// Persian solar-calendar months are a separate table: their dates need converting.
/// </summary>
internal static class MonthWords
{
    /// <summary>Shortest prefix read as an abbreviated month name.</summary>
    public const int MinimumAbbreviation = 3;

    private static readonly string[][] GregorianTables =
    {
        // en
        new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" },
        // de
        new[] { "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember" },
        // de-AT
        new[] { "jänner", "feber", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty },
        // fr
        new[] { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" },
        // es
        new[] { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre" },
        // es (setiembre)
        new[] { string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "setiembre", string.Empty, string.Empty, string.Empty },
        // it
        new[] { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre" },
        // pt
        new[] { "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro" },
        // tr
        new[] { "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık" },
        // nl
        new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" },
        // pl (genitive)
        new[] { "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia" },
        // ru (genitive)
        new[] { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря" },
        // ru (nominative)
        new[] { "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь" },
        // uk (genitive)
        new[] { "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня" },
        // sv / da / no
        new[] { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december" },
        // id / ms
        new[] { "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember" },
        // ro
        new[] { "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie" },
        // cs (genitive)
        new[] { "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince" },
        // hu
        new[] { "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december" },
        // el (genitive)
        new[] { "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου" },
        // bn
        new[] { "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর" },
        // hi
        new[] { "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर" },
        // hi (spelling variants: फरवरी without nukta, सितम्बर, अक्तूबर, नवम्बर, दिसम्बर)
        new[] { string.Empty, "फरवरी", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर" },
        // abbreviations that are not a prefix of their month's name (nl mrt, de Maerz)
        new[] { string.Empty, string.Empty, "mrt", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty },
        new[] { string.Empty, string.Empty, "maerz", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty },
        // fa (Gregorian months as Persian writes them)
        new[] { "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر" },
        // ar (the Core parser reads Arabic dates in full; these let a Latin-digit line with an Arabic month through)
        new[] { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر" },
    };

    private static readonly string[] PersianSolar =
    {
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    };

    private static readonly char[] LatinFolds = BuildLatinFolds();

    private static readonly Dictionary<string, int> FullNames = BuildFull(GregorianTables);

    private static readonly Dictionary<string, int> SolarNames = BuildSolar();

    /// <summary>The month a word names (1..12), full or abbreviated; 0 when it names none or could name two.</summary>
    public static int Gregorian(string word)
    {
        var key = Fold(word);
        if (key.Length == 0)
        {
            return 0;
        }

        if (FullNames.TryGetValue(key, out var month))
        {
            return month;
        }

        if (key.Length < MinimumAbbreviation || !IsLatinOrCyrillic(key))
        {
            return 0;
        }

        var found = 0;
        foreach (var pair in FullNames)
        {
            if (pair.Key.Length > key.Length && pair.Key.StartsWith(key, StringComparison.Ordinal))
            {
                if (found != 0 && found != pair.Value)
                {
                    return 0;
                }

                found = pair.Value;
            }
        }

        return found;
    }

    /// <summary>The Persian solar month a word names (1..12), or 0.</summary>
    public static int PersianSolarMonth(string word) => SolarNames.TryGetValue(Fold(word), out var month) ? month : 0;

    /// <summary>Lower case without accents, one character for one: offsets in the folded text are offsets in the original.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    public static char FoldChar(char c)
    {
        if (c < LatinFolds.Length)
        {
            return LatinFolds[c];
        }

        switch (c)
        {
            case 'ي':
            case 'ى':
                return 'ی';
            case 'ك':
                return 'ک';
            case 'أ':
            case 'إ':
            case 'آ':
                return 'ا';
        }

        return char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
    }

    // Latin letters up to Latin Extended-B, lower-cased and without their accent (one table, built once).
    private static char[] BuildLatinFolds()
    {
        var table = new char[0x0250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            if (i >= 128)
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
                {
                    lower = char.ToLowerInvariant(decomposed[0]);
                }
            }

            table[i] = lower;
        }

        table['ı'] = 'i';
        table['ß'] = 's';
        return table;
    }

    private static bool IsLatinOrCyrillic(string key)
    {
        foreach (var c in key)
        {
            if (!(c < 0x0250 || (c >= 0x0400 && c < 0x0530)))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, int> BuildFull(string[][] tables)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            for (var i = 0; i < table.Length; i++)
            {
                if (table[i].Length > 0)
                {
                    names[Fold(table[i])] = i + 1;
                }
            }
        }

        return names;
    }

    private static Dictionary<string, int> BuildSolar()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < PersianSolar.Length; i++)
        {
            names[Fold(PersianSolar[i])] = i + 1;
        }

        return names;
    }
}
