namespace NewsClean.Html;

/// <summary>The strategy whose blocks became the main content.</summary>
public enum ContentStrategy
{
    /// <summary>The page held no text.</summary>
    None,

    /// <summary>The container scorer (<c>ContentExtractor</c>): the best-scoring element, widened and cleaned.</summary>
    ContainerScore,

    /// <summary>The paragraph classifier (<c>ParagraphClassifier</c>): every block judged by its own text and its neighbours.</summary>
    ParagraphClassifier,

    /// <summary>The container scorer's blocks with the paragraphs next to them it lost, which the paragraph classifier kept.</summary>
    ContainerScoreAndClassifier,

    /// <summary>The page's JSON-LD articleBody (<c>StructuredBody</c>): the DOM strategies read far less than it holds.</summary>
    StructuredData,
}
