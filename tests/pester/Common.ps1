# Helpers shared by the Pester suites (dot-sourced in BeforeAll; not a test file).

# Parameters of a cmdlet (common parameters aside) that its help does not document.
function Get-UndocumentedParameter([string]$CommandName) {
    $documented = @((Get-Help $CommandName -Parameter *).name)
    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    (Get-Command $CommandName).Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $documented }
}
