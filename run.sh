#!/usr/bin/env bash
# Runs SurveyBot at http://localhost:3978 (or wherever --urls / ASPNETCORE_URLS says).
# The build installs the Web Chat page's npm packages on first run.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/SurveyBot.Web "$@"
