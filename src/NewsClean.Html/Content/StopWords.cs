using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsClean.Html.Content;

/// <summary>
/// The commonest function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages the
/// corpus pages are written in. Prose is dense with them; menus, link lists, labels and tickers are not, which is what
/// the paragraph classifier reads. Lists are short on purpose: the density thresholds in <see cref="ContentSettings"/>
/// are set for lists of this size, not for exhaustive ones.
/// </summary>
internal static class StopWords
{
    private static readonly (string Language, string Words)[] Lists =
    {
        ("en", "the of and to a in is it that for on was with as he she be by at are this from or his her an they we you not but have has had were which their been its one all there would can will also more who if so no what when into than them about these out up our my your me him i do does did said"),
        ("de", "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er so dass sie nach wird bei einer um am sind noch wie einem über einen aus zum zur war haben nur oder aber vor durch werden mehr hat kann wir ich ihr man diese wenn sein bis wurde"),
        ("fr", "le la les de des du un une et en à au aux que qui dans pour par sur pas plus ne se ce il elle est sont ont a été avec son sa ses leur leurs nous vous ils on mais ou comme cette tout aussi être fait peut d l qu"),
        ("es", "el la los las de del y en a que un una por con para es se no su sus al lo como más pero o ha le fue son este esta entre sobre también sin ya cuando muy hay ser porque desde todo han nos"),
        ("it", "il lo la i gli le di del della dei delle e è in a da con per su che un una non si sono come più ma anche al alla nel nella ha ho questo questa essere stato o se gli suo sua loro tra"),
        ("pt", "o a os as de do da dos das e em no na nos nas um uma que para com por não se é são mais mas como ao à foi ser ou seu sua também já há pelo pela entre quando muito este esta isso"),
        ("nl", "de het een en van in is dat op te zijn met voor niet die aan er ook als bij om door maar dan naar uit nog wordt over ze zij hij we wij je u kan of meer al heeft worden was deze tot"),
        ("pl", "i w na z się że do nie to jest o jak a po od za ale przez dla co tak jego jej są być może już też tym oraz który która które ich tylko ze czy było jako gdy bardzo"),
        ("ru", "и в не на что с по как а то это из у к за от о для же но так его она он они мы вы бы был была было были все еще уже только при или если также чтобы"),
        ("tr", "ve bir bu da de için ile olarak en çok daha gibi olan ne ki ama her şey kadar sonra o ben sen biz siz onlar mi mı değil var yok ise veya"),
        ("ar", "في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما أو ثم بين كما بعد عند كل حتى لم لن إن وقد وفي ومن وأن أنه إنه فيه فيها منه منها هو هي هم ذلك تلك قبل خلال حيث"),
        ("fa", "و در به از که این را با است برای آن یک تا بر هم نیز شده می شود کرد بود خود ها های اما یا دیگر باید پس"),
        ("sv", "och i att det som en på är av för med till den har de inte om ett var jag han hon så men från vi kan ska sig eller när"),
        ("cs", "a v se na je že to s z do o k i jako ale by za pro jsou jeho její které který která není bylo byl také jen od"),
    };

    private static readonly Dictionary<string, HashSet<string>> ByLanguage = Build();

    /// <summary>The length of the longest word in any list: longer words need not be looked up.</summary>
    public static readonly int MaxLength = Lists.Max(l => l.Words.Split(' ').Max(w => w.Length));

    /// <summary>The languages that have a list.</summary>
    public static IEnumerable<string> Languages => ByLanguage.Keys;

    /// <summary>The list for a language code ("de", "de-AT", "pt_BR"), or null.</summary>
    public static HashSet<string>? For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language!.Trim();
        var cut = code.IndexOfAny(new[] { '-', '_' });
        if (cut > 0)
        {
            code = code.Substring(0, cut);
        }

        return ByLanguage.TryGetValue(code.ToLowerInvariant(), out var words) ? words : null;
    }

    private static Dictionary<string, HashSet<string>> Build()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (language, words) in Lists)
        {
            result[language] = new HashSet<string>(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        }

        return result;
    }
}
