#!/usr/bin/env bash
# scripts/check-docx-ooxml.sh [OUTDIR]: every example in both languages, written by `generate -f docx`,
# by `convert` of its Markdown and by `review -f docx` where the example actuals fit, checked against
# the ISO/IEC 29500-4 Transitional schemas (ooxml_validate) and for what Word is strict about beyond
# them (docx_semantic: styles defined, numbering resolved, bookmarks unique, fields balanced). Run by
# .ci/run; needs python3 with lxml and the tools of ../shared/tools (or $SALESPLAN_DOCX_TOOLS).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${SALESPLAN_DOCX_TOOLS:-$root/../shared/tools}
out=${1:-$(mktemp -d /tmp/salesplan-docx-ooxml.XXXXXX)}
[ -x "$tools/ooxml_validate" ] && [ -x "$tools/docx_semantic" ] || { echo "ooxml_validate/docx_semantic not found in $tools (set SALESPLAN_DOCX_TOOLS)" >&2; exit 2; }
# The tools run under Debian's Python (their #!/usr/bin/python3), where apt puts lxml.
/usr/bin/python3 -c 'import lxml' 2>/dev/null || { echo "lxml missing for /usr/bin/python3: apt-get install -y python3-lxml" >&2; exit 2; }
cli() { node "$root/bin/salesplan.cjs" "$@"; }
mkdir -p "$out"
for plan in "$root"/examples/*.yaml; do
  name=$(basename "$plan" .yaml)
  for lang in zh-CN en; do
    cli generate "$plan" --lang "$lang" -f docx -o "$out/$name.$lang.generate.docx" --force -q
    cli generate "$plan" --lang "$lang" -o "$out/$name.$lang.md" --force -q
    cli convert "$out/$name.$lang.md" --lang "$lang" -o "$out/$name.$lang.convert.docx" --force -q
    cli review "$plan" --lang "$lang" --actuals "$root/examples/actuals-2026-12.csv" -f docx \
      -o "$out/$name.$lang.review.docx" --force -q >/dev/null 2>&1 || rm -f "$out/$name.$lang.review.docx"
  done
done
status=0
schema=$("$tools/ooxml_validate" "$out"/*.docx) || status=1
bad=$(printf '%s\n' "$schema" | grep -E '^\s+(INVALID|NOT WELL-FORMED|NON-IGNORABLE|x[0-9]+ line)' || true)
semantic=$("$tools/docx_semantic" "$out"/*.docx | grep -E '^==|PROBLEM' | grep -B1 PROBLEM || true)
count=$(ls "$out"/*.docx | wc -l)
if [ -n "$bad" ] || [ -n "$semantic" ] || [ $status -ne 0 ]; then
  printf '%s\n%s\n' "$bad" "$semantic" >&2
  echo "DOCX checks failed for some of $count documents (files in $out)" >&2
  exit 1
fi
echo "DOCX: $count documents schema-valid (ISO/IEC 29500-4), no undefined styles, numbering, bookmarks or fields"
