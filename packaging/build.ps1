# Build dist\qs-ledger\ (qs-desktop.exe and qs-ledger.exe, sharing _internal\) from
# packaging\qs-ledger.spec. Uses the active virtual environment when there is one (it needs
# the app's dependencies and PyInstaller: pip install ".[bundle]"); otherwise makes a
# throwaway one in build\venv. Run it as:
#     powershell -ExecutionPolicy Bypass -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not $env:VIRTUAL_ENV) {
    if (-not (Test-Path build\venv\Scripts\python.exe)) {
        py -3 -m venv build\venv
        if ($LASTEXITCODE) { exit $LASTEXITCODE }
    }
    . build\venv\Scripts\Activate.ps1
    python -m pip install -q ".[bundle]"
    if ($LASTEXITCODE) { exit $LASTEXITCODE }
}
python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\qs-ledger.spec
if ($LASTEXITCODE) { exit $LASTEXITCODE }
$bytes = (Get-ChildItem dist\qs-ledger -Recurse -File | Measure-Object Length -Sum).Sum
"dist\qs-ledger: {0:N0} MB" -f ($bytes / 1MB)
