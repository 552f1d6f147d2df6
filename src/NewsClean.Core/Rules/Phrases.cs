using System.Text.RegularExpressions;
using NewsClean.Core.Engine;

namespace NewsClean.Core.Rules;

/// <summary>
/// The phrase lists the rules match, one place per kind. Spelling variants (hamza, alef forms, teh marbuta,
/// tanwin, tatweel) come from <see cref="ArabicPattern"/>; variants that differ by more than that are listed.
/// </summary>
internal static class Phrases
{
    private const string Colon = @"\s{0,3}[:：\-–—.]{0,3}\s{0,3}(?![،,])";

    public static readonly string[] ReadAlsoMarkers =
    {
        "اقرأ أيضا", "اقرا ايضا", "إقرأ أيضا", "اقرأ ايضا", "اقرأ كذلك", "اقرأ المزيد", "للمزيد اقرأ", "طالع أيضا", "شاهد أيضا",
        "تابع أيضا", "قد يهمك", "قد يهمك أيضا", "قد يعجبك", "يهمك أيضا", "اقرأ في", "اقرأ أيضا في",
    };

    public static readonly string[] RelatedHeadings =
    {
        "مقالات مشابهة", "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "أخبار مشابهة", "أخبار متعلقة", "مواضيع ذات صلة",
        "موضوعات ذات صلة", "مواد ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا", "المزيد من الأخبار",
        "أخبار أخرى", "مقالات أخرى", "روابط ذات صلة", "قصص ذات صلة",
    };

    /// <summary>
    /// Read-also markers of the Latin-script languages HTML pages come in. They mark a line only before a colon ("Read
    /// more: title", "Lea también: title"): without one most of them open sentences of the story.
    /// </summary>
    public static readonly string[] LatinReadAlsoMarkers =
    {
        "read more", "read also", "also read", "see also", "related", "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema",
        "auch interessant", "weiterlesen", "zum weiterlesen", "lire aussi", "à lire aussi", "voir aussi", "lea también", "lea más", "lee también",
        "ver también", "leggi anche", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "leia também", "leia mais", "lees ook",
    };

    /// <summary>Related-box headings of the Latin-script languages, matched only as a whole line (the titles follow below).</summary>
    public static readonly string[] LatinRelatedHeadings =
    {
        "you may also like", "you might also like", "related posts", "related articles", "related stories", "more stories", "recommended for you",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das thema könnte dich auch interessieren",
        "diese artikel könnten euch auch interessieren", "sie könnten auch an folgenden artikeln interessiert sein", "das könnte sie interessieren",
        "ähnliche beiträge", "ähnliche artikel", "weitere artikel", "verwandte artikel", "zum weiterlesen", "vous aimerez aussi", "articles similaires",
        "sur le même sujet", "artículos relacionados", "te puede interesar", "le puede interesar", "también te puede interesar", "articoli correlati",
        "potrebbe interessarti", "artigos relacionados", "gerelateerde artikelen", "czytaj też", "zobacz też", "podobne artykuły",
    };

    public static readonly string[] KeywordLabels =
    {
        "كلمات دلالية", "الكلمات الدلالية", "الكلمات المفتاحية", "كلمات مفتاحية", "وسوم", "الوسوم", "الكلمات الدالة", "كلمات البحث", "العلامات", "تاغ", "تاجز", "تاغز", "تاقز", "تاجات", "هاشتاج",
    };

    public static readonly string[] SourceLabels = { "المصدر", "مصدر الخبر", "المصادر" };

    public static readonly string[] DateLabels =
    {
        "تاريخ النشر", "نشر في", "نشر بتاريخ", "نشر يوم", "تاريخ الإضافة", "أضيف في", "تم إضافته يوم", "تم النشر", "آخر تحديث", "أخر تحديث",
        "اخر تحديث", "تحديث", "التاريخ", "بتاريخ", "أخر تحديث للصفحة في", "آخر تحديث للصفحة في", "تاريخ", "محدث", "الساعة", "الساعه",
        "نشر بتاريخ", "published", "published on", "posted on", "last updated", "updated",
    };

    /// <summary>Credit verbs that may run straight into the name ("بقلم د. فلان").</summary>
    public static readonly string[] BylineVerbs = { "بقلم" };

    /// <summary>Desk words that are a credit only before a separator or alone ("متابعة", "حوار: ...").</summary>
    public static readonly string[] DeskWords = { "كتب", "كتبت", "متابعة", "متابعات", "حوار", "إعداد", "تقرير", "ترجمة", "تحرير", "إشراف", "رصد", "خاص" };

    /// <summary>Words of share, follow and subscribe widgets and the networks they name.</summary>
    public static readonly string[] ShareWords =
    {
        "شارك", "شاركها", "مشاركة", "شارك من خلال", "من خلال", "تويتر", "فيسبوك", "فيس بوك", "واتساب", "واتس اب", "جوجل بلس", "جوجل", "بلس",
        "يوتيوب", "انستغرام", "انستجرام", "أنستغرام", "تيليجرام", "تلغرام", "تليجرام", "لينكد إن", "لينكدإن", "سناب شات", "تيك توك", "اكتب رأيك",
        "طباعة", "ارسال", "إرسال", "البريد الإلكتروني", "حفظ", "تعليق", "التعليقات", "أضف تعليق", "تابعونا على", "تابعنا على", "تابعونا",
        "اشترك", "اشترك في قناتنا على", "انضم", "قناتنا", "على", "عبر", "و", "الخبر", "المقال", "الموضوع", "الصفحة",
    };

    public static readonly string[] LatinShareWords =
    {
        "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "email", "print", "inshare", "pinterest", "telegram", "reddit", "x",
    };

    public static readonly string[] Agencies =
    {
        "ا ف ب", "أ ف ب", "أ.ف.ب", "رويترز", "واس", "د ب أ", "د.ب.أ", "أ ش أ", "أ.ش.أ", "وكالات", "قنا", "كونا", "وام", "بنا", "سانا", "الأناضول",
        "أسوشيتد برس", "يو بي آي", "شينخوا", "فرانس برس", "رويترز وأ ف ب", "سبأ", "معا", "وفا", "بترا", "العمانية", "الألمانية", "الفرنسية",
    };

    /// <summary>Words that make a name an outlet's ("براقش نت", "عين اليوم", "صحيفة المدار"), not a person's.</summary>
    public static readonly string[] OutletWords =
    {
        "نت", "نيوز", "اليوم", "صحيفة", "جريدة", "وكالة", "شبكة", "موقع", "قناة", "بوابة", "تايمز", "برس", "أونلاين", "الإخبارية", "الإخباري", "news", "fm", "tv", "online",
    };

    /// <summary>Cities a desk or dateline names beside the outlet ("عين اليوم – الرياض", "الباحة :الندوة"): never the outlet.</summary>
    public static readonly string[] Places =
    {
        "الرياض", "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الطائف", "حائل", "الباحة", "أبها", "جازان", "نجران", "تبوك", "القصيم",
        "بريدة", "الخبر", "الأحساء", "الجبيل", "ينبع", "عرعر", "سكاكا", "الجوف", "القطيف", "دبي", "أبوظبي", "الشارقة", "العين", "الدوحة", "الكويت",
        "المنامة", "مسقط", "صنعاء", "عدن", "تعز", "بغداد", "البصرة", "أربيل", "الموصل", "دمشق", "حلب", "بيروت", "عمان", "القدس", "غزة", "رام الله",
        "القاهرة", "الإسكندرية", "الخرطوم", "طرابلس", "بنغازي", "تونس", "الجزائر", "الرباط", "الدار البيضاء", "نواكشوط", "واشنطن", "نيويورك", "لندن",
        "باريس", "موسكو", "برلين", "أنقرة", "إسطنبول", "طهران", "جنيف", "بروكسل", "بكين", "طوكيو",
    };

    public static readonly PhraseGate ReadAlsoGate = new PhraseGate(ReadAlsoMarkers, new[] { "شاهد" }, LatinReadAlsoMarkers);

    public static readonly PhraseGate RelatedGate = new PhraseGate(RelatedHeadings, LatinRelatedHeadings);

    public static readonly PhraseGate KeywordGate = new PhraseGate(KeywordLabels, new[] { "tags", "keywords", "سمات" });

    public static readonly PhraseGate SourceGate = new PhraseGate(SourceLabels, new[] { "خدمة" });

    public static readonly PhraseGate ContactGate = new PhraseGate(new[]
    {
        "للتواصل", "لاستفسارات", "للاستفسارات", "وسائل", "و", "البريد", "الهاتف", "هاتف", "الجوال", "فاكس", "ايميل", "e-mail", "email", "tel", "phone", "تبدأ",
    });

    public static readonly PhraseGate AdGate = new PhraseGate(new[]
    {
        "إعلان", "إعلانات", "اعلان", "مساحة", "اضغط", "انقر", "للمزيد", "اشترك", "حمل", "حمّل", "advertisement", "sponsored", "يمكنكم", "لمزيد", "تابعونا",
        "تابعنا", "انضموا",
    });

    public static readonly PhraseGate CaptionGate = new PhraseGate(new[] { "الصورة", "صورة", "تصوير", "الصور", "مصدر", "حقوق" });

    public static readonly Regex ReadAlso = ArabicPattern.Compile(@"^\W{0,3}" + ArabicPattern.AnyOf(ReadAlsoMarkers) + Colon + "(?<rest>.*)$");

    /// <summary>"شاهد.. title" / "شاهد: title" video teasers (a bare "شاهد" opening a sentence is article text).</summary>
    public static readonly Regex WatchTeaser = ArabicPattern.Compile(@"^" + ArabicPattern.Phrase("شاهد") + @"\s{0,2}(?:\.{2,}|:|…)\s{0,3}(?<rest>.+)$");

    /// <summary>"Read more: title" in the Latin-script languages: the marker, a colon, and a title of at least a few letters.</summary>
    public static readonly Regex LatinReadAlso = ArabicPattern.Compile(@"^\W{0,3}" + ArabicPattern.AnyOf(LatinReadAlsoMarkers) + @"\s{0,2}[:：]\s{0,3}(?<rest>\w.{2,300})$");

    /// <summary>A related-box heading alone on its line ("You may also like", "Das könnte Sie auch interessieren!").</summary>
    public static readonly Regex LatinRelatedHeading = ArabicPattern.Compile(@"^\W{0,3}" + ArabicPattern.AnyOf(LatinRelatedHeadings) + @"\s{0,3}[:!.…]{0,3}\s{0,3}$");

    public static readonly Regex RelatedHeading = ArabicPattern.Compile(@"^\W{0,3}" + ArabicPattern.AnyOf(RelatedHeadings) + Colon + "(?<rest>.*)$");

    public static readonly Regex KeywordLine = ArabicPattern.Compile(@"^\W{0,3}(?:" + ArabicPattern.AnyOf(KeywordLabels) + @"|tags|keywords)\s{0,3}[:：]\s{0,3}(?<rest>.*)$|^(?:" + ArabicPattern.AnyOf("كلمات دلالية", "الكلمات المفتاحية", "الكلمات الدلالية") + @")\s{1,3}(?<rest>[^.،,]{1,60}[،,][^.]{1,300})$");

    public static readonly Regex TrailingTagLine = ArabicPattern.Compile(@"^(?:" + ArabicPattern.Phrase("سمات") + @")\s{1,3}(?<rest>[^.،:؛!؟]{2,200})$");

    /// <summary>A "سمات ..." tag list glued to the end of the last paragraph (3alyoum dumps).</summary>
    public static readonly Regex TrailingTagSuffix = ArabicPattern.Compile(@"(?<=[.!؟""»])\s{1,3}(?<all>" + ArabicPattern.Phrase("سمات") + @"\s{1,3}(?<rest>[^.،:؛!؟]{2,200}))$");

    public static readonly Regex SourceLine = ArabicPattern.Compile(@"^\W{0,2}" + ArabicPattern.AnyOf(SourceLabels) + @"\s{0,3}[:：]\s{0,3}(?<rest>.{0,120})$");

    /// <summary>"*خدمة «نيويورك تايمز»" syndication credit.</summary>
    public static readonly Regex ServiceCredit = ArabicPattern.Compile(@"^\W{0,2}" + ArabicPattern.Phrase("خدمة") + @"\s{1,3}[«""“]?(?<rest>[^»""”]{2,60})[»""”]?\s*$");

    public static readonly Regex AgencyOnly = ArabicPattern.Compile(@"^[-–—\s]{0,4}\(?\s{0,2}(?:" + ArabicPattern.AnyOf(Agencies) + @")(?:\s{0,3}[-–—ـ/،,و]{1,3}\s{0,3}(?:" + ArabicPattern.AnyOf(Agencies) + @")){0,4}\s{0,2}\)?$");

    private const string Dash = @"(?:\s{0,3}[-–—]{1,3}\s{0,3}|\s{1,3}ـ{1,3}\s{0,3}|\s{0,3}ـ{1,3}\s{1,3})";

    public static readonly Regex DeskLine = ArabicPattern.Compile(@"^(?<a>[^\s\-–—:.،""«»]{2,30}(?:[ .][^\s\-–—:،""«»]{1,30}){0,3}?)" + Dash + @"(?<b>[^\-–—.،""«»]{2,40}?)(?:" + Dash + @"(?<c>[^\-–—.،""«»]{2,40}?))?\s{0,2}:?$");

    public static readonly Regex BylineVerbLine = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf(BylineVerbs) + @"\s{0,3}[-–—ـ:/]{0,2}\s{0,3}(?<rest>[^!؟]{2,80}[^.!؟])|" + ArabicPattern.AnyOf(DeskWords) + @"(?:\s{0,3}[-–—ـ:/]{1,2}\s{0,3}(?<rest>[^!؟]{2,80}[^.!؟]))?)$");

    /// <summary>A byline verb glued to the start of the first paragraph: "كتب: خالد عزالدين تتجه أنظار ...".</summary>
    public static readonly Regex InlineBylinePrefix = ArabicPattern.Compile(@"^(?<all>" + ArabicPattern.AnyOf("كتب", "كتبت", "بقلم") + @"\s{0,3}[:：\-–]\s{0,3}(?<name>(?:\S{2,20}\s(?:" + ArabicPattern.AnyOf("عبد", "أبو", "بن", "ابن", "آل") + @")\s\S{2,20})|(?:\S{2,20}\s\S{2,20})))\s");

    /// <summary>A crawler stamp: date, "@" and time ("2025-03-29@01:10:57 GMT"), in Western digits (callers fold the others).</summary>
    public static readonly Regex CrawlerStamp = new Regex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}@[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s{0,3}(?:GMT|UTC|Z)?$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    /// <summary>A machine-written timestamp with "T" or a space ("2025-03-29T01:10:57Z"): a crawler stamp only where one stands, first or under the site header.</summary>
    public static readonly Regex MachineTimestamp = new Regex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T|\s{1,2})[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]{1,7})?\s{0,3}(?:GMT|UTC|Z|[+\-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex SiteHeader = new Regex(@"^(?<site>[^:：\d]{2,40}?)\s{0,2}[:：]$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex Aggregator = ArabicPattern.Compile(@"^(?<pre>.{0,60}?)" + ArabicPattern.Phrase("نشر في") + @"\s{1,3}(?<site>.{2,60}?)\s{1,3}" + ArabicPattern.Phrase("يوم") + @"\s{1,3}(?<date>[\d\u0660-\u0669\s\-/.]{6,20})$");

    public static readonly Regex Copyright = ArabicPattern.Compile(@"©|all rights reserved|copyright|" + ArabicPattern.AnyOf("جميع الحقوق محفوظة", "كل الحقوق محفوظة") + @"|^\W{0,3}" + ArabicPattern.AnyOf("حقوق النشر محفوظة", "الحقوق محفوظة", "حقوق الطبع محفوظة", "حقوق النشر", "حقوق الطبع"));

    public static readonly Regex WireEnd = ArabicPattern.Compile(@"^(?:/{1,3}\s{0,3}" + ArabicPattern.Phrase("انتهى") + @"\s{0,3}/{1,3}|-{0,2}\s{0,2}" + ArabicPattern.Phrase("انتهى") + @"\s{0,2}-{0,2})$");

    public static readonly Regex WireTime = ArabicPattern.Compile(@"^\d{1,2}:\d{2}\s{0,3}(?:ت\s{0,2}م|ت\s{0,2}غ|ت\.م|بتوقيت\s{1,3}\S{2,20}|gmt)$");

    public static readonly Regex Email = new Regex(@"^[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex ContactHeading = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf("للتواصل مع الكاتب", "للتواصل مع الكاتبة", "لاستفسارات الصحافة", "للاستفسارات الصحفية", "للتواصل مع المحرر", "وسائل التواصل مع البرنامج", "و سائل التواصل مع البرنامج") + ")");

    public static readonly Regex ContactField = ArabicPattern.Compile(@"^(?:" + ArabicPattern.AnyOf("البريد الإلكتروني", "البريد الالكتروني", "الهاتف", "هاتف", "الجوال", "فاكس", "ايميل", "e-mail", "email", "tel", "phone") + @")\s{0,3}[:：]\s{0,3}\S.{0,80}$|^[\d\s\-+()]{6,30}\s{0,3}-\s{0,3}(?:stc|mobily|zain)$|^" + ArabicPattern.Phrase("تبدأ بالرمز") + ".{0,80}$");

    public static readonly Regex NewsLinkLine = ArabicPattern.Compile(@"^(?:" + ArabicPattern.AnyOf("رابط الخبر", "رابط المقال", "رابط الموضوع", "الرابط الدائم", "الرابط المختصر", "رابط مختصر") + @")(?<site>[^:：]{0,40}?)\s{0,3}[:：]\s{0,3}(?<rest>.{0,300})$");

    public static readonly Regex NewsLinkSuffix = ArabicPattern.Compile(@"(?<=[.!؟""»])\s{1,3}(?<all>" + ArabicPattern.AnyOf("رابط الخبر", "رابط المقال", "رابط الموضوع") + @"(?<site>[^:：]{0,40}?)\s{0,3}[:：]\s{0,3}(?<rest>[^.!؟]{2,300}))$");

    public static readonly Regex UrlOnly = new Regex(@"^<?(?:https?://|www\.)\S{3,2000}>?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, ArabicPattern.Timeout);

    public static readonly Regex CopyPasteFooter = ArabicPattern.Compile(@"^" + ArabicPattern.Phrase("اقرأ المزيد") + @"\s{0,3}[:：]\s{0,3}" + ArabicPattern.Phrase("المقال كامل") + @"\s{0,3}-\s{0,3}(?<title>.{2,300})\s-\s(?<site>[^-]{2,60}?)\s{1,3}(?<url>(?:https?://|www\.)\S{3,2000})\s*$");

    public static readonly Regex CaptionCredit = ArabicPattern.Compile(@"\(\s{0,2}(?:" + ArabicPattern.AnyOf("تصوير", "صورة", "الصورة", "صورة أرشيفية", "أرشيفية", "ارشيف", "الصورة من", "صور", "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "أسوشيتد برس", "غيتي", "إي بي إيه", "الأناضول") + @"|getty|afp|reuters|ap|epa)[^()]{0,60}\)\s{0,2}$");

    public static readonly Regex CaptionLabel = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf("الصورة", "صورة", "تصوير", "الصور", "مصدر الصورة", "حقوق الصورة", "صورة أرشيفية") + @")\s{0,3}(?:[:：]|$)");

    public static readonly Regex Breadcrumb = new Regex(@"^[^>»›\n]{1,40}(?:\s{0,3}[>»›/]\s{0,3}[^>»›\n]{1,40}){1,6}$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex HomeCrumb = ArabicPattern.Compile(@"^" + ArabicPattern.AnyOf("الرئيسية", "الصفحة الرئيسية", "home") + @"\s{0,3}[>»›/|]");

    public static readonly Regex CounterLine = ArabicPattern.Compile(@"^[\d\s,.\u0660-\u0669]{1,15}\s{0,3}(?:" + ArabicPattern.AnyOf("زيارة", "زيارات", "مشاهدة", "مشاهدات", "قراءة", "قراءات", "تعليق", "تعليقات", "views", "comments") + @")$");

    public static readonly Regex NavigationWord = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf("عاجل", "الرئيسية", "الأخبار", "أخبار", "الاخبار", "القائمة", "بحث", "المزيد", "رؤى", "آراء", "مقالات", "تقارير", "اقتصاد", "رياضة", "سياسة", "منوعات", "ثقافة", "صحة", "تكنولوجيا", "فن", "محليات", "دوليات", "عربي ودولي", "مجتمع") + @")\W{0,2}$");

    public static readonly Regex AdLine = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf("إعلان", "إعلانات", "اعلان", "مساحة إعلانية", "اضغط هنا", "انقر هنا", "للمزيد", "للمزيد اضغط هنا", "اشترك الآن", "حمل التطبيق") + @"|advertisement|sponsored)\W{0,2}$");

    public static readonly Regex CallToAction = ArabicPattern.Compile(@"^\W{0,2}(?:" + ArabicPattern.AnyOf("يمكنكم تسلم إشعارات", "يمكنكم استلام إشعارات", "يمكنكم تلقي إشعارات", "لمزيد من المعلومات يرجى زيارة", "للمزيد من المعلومات يرجى زيارة", "حمل تطبيق", "حمّل تطبيق", "اشترك في النشرة", "اشترك في قناتنا", "تابعونا على", "تابعنا على", "انضموا إلى قناتنا") + ")");

    public static readonly Regex Separator = new Regex(@"^[\-_=*~.•·#+]{3,}$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex ListBullet = new Regex(@"^(?:[•*\-–—·▪●■◦►▸✓]|\d{1,2}\s{0,2}[.)\-–]|[\u0660-\u0669]{1,2}\s{0,2}[.)\-–])\s{0,4}(?<item>\S.*)$", RegexOptions.CultureInvariant, ArabicPattern.Timeout);

    public static readonly Regex SocialLink = ArabicPattern.Compile(@"^(?:" + ArabicPattern.AnyOf("فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "أنستغرام", "انستغرام", "انستجرام", "تيليجرام", "لينكد إن", "سناب شات", "تيك توك") + @"|facebook|twitter|youtube|instagram|telegram|linkedin|x)\s{0,3}[:：]\s{0,3}(?:https?://\S{3,300}|@\w{1,60})\s*$");
}
