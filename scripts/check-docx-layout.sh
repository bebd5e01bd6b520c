#!/usr/bin/env bash
# scripts/check-docx-layout.sh [OUTDIR]: the DOCX layout checks that need LibreOffice, for local use
# (CI has no LibreOffice; the schema and semantic checks run there: scripts/check-docx-ooxml.sh).
#
# Every example in both languages is written three ways — `generate -f docx`, `generate` to Markdown
# then `convert`, and `review -f docx` where examples/actuals-2026-12.csv fits the plan — rendered
# to PDF by LibreOffice in one batch, and checked with the tools of ../shared/tools (or
# $SALESPLAN_DOCX_TOOLS):
#   toc_check       each contents entry's page against the page its heading lands on. The body is
#                   numbered from 1 after the cover and contents, so the written number is compared
#                   with the physical page less the unnumbered front pages;
#   orphans         headings or lead-in lines at a page bottom, near-empty pages;
#   ooxml_validate  ISO/IEC 29500 schema errors;
#   docx_semantic   undefined styles, numbering, bookmarks;
#   footer          the first body page reads 第 1 页 / Page 1, and the total is the body's pages.
# Needs: soffice, pdfinfo and pdftotext (poppler-utils), python3 with lxml (python3-docx or
# python3-lxml). Exits 1 when any check fails; prints one line per document and the problems.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${SALESPLAN_DOCX_TOOLS:-$root/../shared/tools}
out=${1:-$(mktemp -d /tmp/salesplan-docx-layout.XXXXXX)}
for cmd in soffice pdfinfo pdftotext python3; do
  command -v "$cmd" >/dev/null || { echo "$cmd missing: apt-get install -y libreoffice-writer fonts-noto-cjk poppler-utils python3-lxml" >&2; exit 2; }
done
[ -x "$tools/toc_check" ] || { echo "tools not found in $tools (set SALESPLAN_DOCX_TOOLS)" >&2; exit 2; }
[ -d "$root/dist" ] || (cd "$root" && npm run build >/dev/null)

rm -rf "$out/docx" "$out/pdf" "$out/md"
mkdir -p "$out/docx" "$out/pdf" "$out/md"
# shellcheck source=docx-examples.sh
. "$root/scripts/docx-examples.sh"
write_example_docx "$out/docx" "$out/md"

# One LibreOffice start for all documents: starting it is most of the time of a conversion.
profile=$(mktemp -d /tmp/lo-profile.XXXXXX)
timeout 900 soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out/pdf" "$out"/docx/*.docx >"$out/soffice.log" 2>&1 \
  || { echo "LibreOffice failed (see $out/soffice.log)" >&2; rm -rf "$profile"; exit 1; }
rm -rf "$profile"

python3 - "$tools" "$out" <<'PY'
import glob, os, re, subprocess, sys
tools, out = sys.argv[1], sys.argv[2]
def run(*args):
    return subprocess.run(args, capture_output=True, text=True).stdout
failed = 0
for docx in sorted(glob.glob(os.path.join(out, 'docx', '*.docx'))):
    name = os.path.basename(docx)[:-5]
    pdf = os.path.join(out, 'pdf', name + '.pdf')
    problems = []
    if not os.path.exists(pdf):
        print('XX %s: no PDF' % name); failed += 1; continue
    pages = int(re.search(r'Pages:\s+(\d+)', run('pdfinfo', pdf)).group(1))
    texts = [run('pdftotext', '-layout', '-f', str(i), '-l', str(i), pdf, '-') for i in range(1, pages + 1)]
    # Front pages: those before the one whose footer reads page 1.
    first_body = next((i for i, t in enumerate(texts) if re.search(r'第\s*1\s*页|Page 1 of', t)), None)
    if first_body is None:
        problems.append('no page reads 第 1 页 / Page 1')
        first_body = 0
    # The footer's total (SECTIONPAGES, as saved) is the body's page count.
    total = re.search(r'第\s*\d+\s*页\s*共\s*(\d+)\s*页|Page \d+ of (\d+)', texts[-1])
    if not total or int(total.group(1) or total.group(2)) != pages - first_body:
        problems.append('footer total %s, the body has %d pages' % (total and (total.group(1) or total.group(2)), pages - first_body))
    toc = run(os.path.join(tools, 'toc_check'), docx, pdf, 'all')
    entries = wrong = 0
    for line in toc.splitlines()[1:]:
        m = re.match(r'\s*(XX|  )\s+\S+\s+toc=(\S+)\s+pdf=(\S+)\s+(.*)$', line)
        if not m: continue
        entries += 1
        written, found, title = m.group(2), m.group(3), m.group(4)
        if found == 'None' or int(found) - first_body != int(written):
            wrong += 1
            problems.append('contents: %s written %s, lands on %s' % (title, written, 'nowhere' if found == 'None' else int(found) - first_body))
    problems += [l.strip() for l in run(os.path.join(tools, 'orphans'), docx, pdf).splitlines() if l.strip()]
    schema = run(os.path.join(tools, 'ooxml_validate'), docx)
    problems += ['schema: ' + l.strip()[:300] for l in schema.splitlines() if re.match(r'\s+(INVALID|NOT WELL-FORMED|NON-IGNORABLE|x\d+ line)', l)]
    problems += [l.strip() for l in run(os.path.join(tools, 'docx_semantic'), docx).splitlines() if 'PROBLEM' in l]
    print('%s %s: %d pages, body from page %d, %d/%d contents entries right' % ('ok' if not problems else 'XX', name, pages, first_body + 1, entries - wrong, entries))
    for p in problems:
        print('     ' + p)
    failed += bool(problems)
print('%d document(s) with problems; PDFs in %s' % (failed, os.path.join(out, 'pdf')))
sys.exit(1 if failed else 0)
PY
