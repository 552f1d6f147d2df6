#Requires -Version 7.2
# Get-CleanRule: the rule catalog as a user browses it.

BeforeAll {
    Import-Module -Name $env:NEWSCLEAN_MODULE -Force
    $script:CommandType = 'NewsClean.PowerShell.GetCleanRuleCommand'
}

Describe 'Get-CleanRule' {
    BeforeAll {
        $script:Rules = @(Get-CleanRule)
    }

    It 'lists the rules, each id once, in id order' {
        $Rules.Count | Should -BeGreaterThan 5
        $ids = $Rules.Id
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
        $ids | Should -Be ([string[]]$ids | Sort-Object -CaseSensitive)
    }

    It 'describes every rule: id, title, description, category and help link' {
        foreach ($rule in $Rules) {
            $rule.Id | Should -Match '^NC\d{4}$'
            $rule.Title | Should -Not -BeNullOrEmpty
            $rule.Description | Should -Not -BeNullOrEmpty
            $rule.Category | Should -BeIn @('Boilerplate', 'Metadata', 'Validation', 'Encoding', 'Engine')
            $rule.HelpLink | Should -Match '^https://'
        }
    }

    It 'filters by id with wildcards, given by position' {
        $metadata = Get-CleanRule 'NC2*'

        $metadata | Should -Not -BeNullOrEmpty
        $metadata.Id | ForEach-Object { $_ | Should -BeLike 'NC2*' }
        $metadata.Id | Should -Be @($Rules.Id | Where-Object { $_ -like 'NC2*' })
    }

    It 'returns one rule for an exact id, matching case-insensitively' {
        $first = $Rules[0].Id

        (Get-CleanRule -Id $first.ToLowerInvariant()).Id | Should -Be $first
    }

    It 'filters by category' {
        $boilerplate = Get-CleanRule -Category Boilerplate

        $boilerplate | Should -Not -BeNullOrEmpty
        $boilerplate.Category | ForEach-Object { $_ | Should -Be 'Boilerplate' }
    }

    It 'reports an id without wildcards that is no rule as RuleNotFound, but not a pattern that matches none' {
        $found = Get-CleanRule -Id 'NC0000', 'NC0*', $Rules[0].Id -ErrorVariable errors -ErrorAction SilentlyContinue

        $found.Id | Should -Be $Rules[0].Id
        @($errors).Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "RuleNotFound,$CommandType"
        $errors[0].TargetObject | Should -Be 'NC0000'
    }

    It 'lists the rules that fired when an article''s findings are piped in' {
        $article = Get-CleanArticle -LiteralPath (Join-Path $PSScriptRoot 'fixtures/water.txt')

        $fired = $article.Findings | Get-CleanRule

        $article.Findings | Should -Not -BeNullOrEmpty
        $fired.Id | Should -Be @($article.Findings.RuleId | Sort-Object -Unique -CaseSensitive)
    }

    It 'gives ids that Get-CleanArticle -ExcludeRule accepts' {
        { Get-CleanArticle -Text 'x' -ExcludeRule $Rules.Id -ErrorAction SilentlyContinue } | Should -Not -Throw
    }

    It 'has help with examples' {
        (Get-Help Get-CleanRule).Synopsis | Should -Not -BeNullOrEmpty
        @((Get-Help Get-CleanRule -Examples).examples.example).Count | Should -BeGreaterOrEqual 2
    }
}
