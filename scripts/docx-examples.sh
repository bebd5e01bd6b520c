# Sourced by check-docx-ooxml.sh and check-docx-layout.sh: the documents both look at. Every
# example in both languages, three ways — `generate -f docx`, `generate` to Markdown then
# `convert`, and `review -f docx` where examples/actuals-2026-12.csv fits the plan — written as
# <docx-dir>/<example>.<lang>.<how>.docx, the Markdown into <md-dir>. Needs $root.
# While working on one document, DOCX_ONLY narrows the set to names matching a pattern, e.g.
# DOCX_ONLY='operations-zh.zh-CN.*' or 'target-zh.*.generate' (a shell pattern on <example>.<lang>.<how>).
write_example_docx() {
  local docx=$1 md=$2 plan name lang only=${DOCX_ONLY:-*}
  for plan in "$root"/examples/*.yaml; do
    name=$(basename "$plan" .yaml)
    for lang in zh-CN en; do
      # shellcheck disable=SC2053 # $only is a pattern
      [[ $name.$lang.generate == $only ]] && node "$root/bin/salesplan.cjs" generate "$plan" --lang "$lang" -f docx -o "$docx/$name.$lang.generate.docx" --force -q
      if [[ $name.$lang.convert == $only ]]; then
        node "$root/bin/salesplan.cjs" generate "$plan" --lang "$lang" -o "$md/$name.$lang.md" --force -q
        node "$root/bin/salesplan.cjs" convert "$md/$name.$lang.md" --lang "$lang" -o "$docx/$name.$lang.convert.docx" --force -q
      fi
      # Only plans the example actuals match can be reviewed.
      [[ $name.$lang.review == $only ]] && { node "$root/bin/salesplan.cjs" review "$plan" --lang "$lang" --actuals "$root/examples/actuals-2026-12.csv" -f docx \
        -o "$docx/$name.$lang.review.docx" --force -q >/dev/null 2>&1 || rm -f "$docx/$name.$lang.review.docx"; }
    done
  done
  return 0
}
