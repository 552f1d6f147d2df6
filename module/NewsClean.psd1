@{
    RootModule           = 'NewsClean.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = 'd2b04524-20a1-4b13-b509-29fcdbf9b2a4'
    Author               = 'NewsClean'
    CompanyName          = 'NewsClean'
    Copyright            = '(c) NewsClean contributors.'
    Description          = 'Cleans scraped Arabic news: strips site headers, dates, read-also blocks, related lists and other boilerplate, and returns the article with its metadata and every removal explained.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    FormatsToProcess     = @('NewsClean.Format.ps1xml')
    # Listed one by one so module auto-loading works and nothing is exported by accident.
    CmdletsToExport      = @(
        'Get-CleanArticle'
        'Get-CleanRule'
        'Test-CleanArticle'
        'Export-CleanArticle'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Arabic', 'News', 'Boilerplate', 'TextCleaning', 'Scraping', 'NLP', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri = 'https://github.com/newsclean/newsclean'
        }
    }
}
