# Sourced by check-docx-ooxml.sh and check-docx-layout.sh: the documents both look at. Every
# example in both languages, three ways — `generate -f docx`, `generate` to Markdown then
# `convert`, and `review -f docx` where examples/actuals-2026-12.csv fits the plan — written as
# <docx-dir>/<example>.<lang>.<how>.docx, the Markdown into <md-dir>. Needs $root.
write_example_docx() {
  local docx=$1 md=$2 plan name lang
  for plan in "$root"/examples/*.yaml; do
    name=$(basename "$plan" .yaml)
    for lang in zh-CN en; do
      node "$root/bin/salesplan.cjs" generate "$plan" --lang "$lang" -f docx -o "$docx/$name.$lang.generate.docx" --force -q
      node "$root/bin/salesplan.cjs" generate "$plan" --lang "$lang" -o "$md/$name.$lang.md" --force -q
      node "$root/bin/salesplan.cjs" convert "$md/$name.$lang.md" --lang "$lang" -o "$docx/$name.$lang.convert.docx" --force -q
      # Only plans the example actuals match can be reviewed.
      node "$root/bin/salesplan.cjs" review "$plan" --lang "$lang" --actuals "$root/examples/actuals-2026-12.csv" -f docx \
        -o "$docx/$name.$lang.review.docx" --force -q >/dev/null 2>&1 || rm -f "$docx/$name.$lang.review.docx"
    done
  done
}
