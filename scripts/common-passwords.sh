#!/usr/bin/env bash
# Rebuilds src/main/resources/security/common-passwords.txt, the list of common passwords that account passwords
# are checked against (NIST SP 800-63B), from the npm package @zxcvbn-ts/language-common (MIT licence).
# Needs npm and node; run from the project root. The list is committed: the application never fetches it.
set -euo pipefail

version="${1:-4.1.3}"
out="src/main/resources/security/common-passwords.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
node - "$work/package/src/passwords.json" "$out" "$version" <<'JS'
const [source, out, version] = process.argv.slice(2);
const seen = new Set();
for (const password of require(source)) seen.add(password.toLowerCase());
const header = [
  '# The most common passwords, most frequent first, one a line, lower-cased (the check ignores case).',
  `# Source: src/passwords.json of the npm package @zxcvbn-ts/language-common ${version}, MIT licence,`,
  '# (c) 2012-2016 Dan Wheeler and Dropbox, Inc., (c) 2021 @zxcvbn-ts: the frequency-ranked password dictionary',
  '# of zxcvbn, drawn from public password leaks. Rebuilt by scripts/common-passwords.sh (docs/administration.md).',
  '# Lines starting with # are comments.',
];
require('fs').writeFileSync(out, header.join('\n') + '\n' + [...seen].join('\n') + '\n');
console.log(`${seen.size} passwords written to ${out}`);
JS
