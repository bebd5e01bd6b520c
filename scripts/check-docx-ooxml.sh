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
mkdir -p "$out"
# shellcheck source=docx-examples.sh
. "$root/scripts/docx-examples.sh"
write_example_docx "$out" "$out"
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
