#!/usr/bin/env node
// Plain JavaScript on purpose, with no syntax newer than Node 14 and no dependency: it has to
// run on the old Node it turns away, before npm ci has installed anything.
// `node scripts/preflight.mjs` exits 1 with the message on a Node the toolchain cannot run on.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The toolchain's floor, the same as package.json's engines.node: Node 24.8 for html-validate
 * (`^22.22 || >=24.8`); vitest skips Node 25 (`^24 || >=26`), and Node 25 is past its end of life.
 */
export const ENGINES = '^24.8.0 || >=26';

/** Tests set this to see what a user of an older Node sees; it only replaces the version read. */
export const FAKE_VERSION_VAR = 'ERROR_ATLAS_TEST_NODE_VERSION';

const HOW_TO = `Get a current Node 24 with one of:
  nvm install                     (nvm reads .nvmrc)
  fnm use --install-if-missing    (fnm reads .nvmrc)
  volta install node@24
or, with no version manager, from the npm registry's node package:
  (mkdir -p ~/.cache/node24 && cd ~/.cache/node24 && npm install --no-save node@24)
  export PATH=~/.cache/node24/node_modules/.bin:$PATH
Then, with \`node -v\` printing v24, run the command again (README.md, Quick start).`;

/** What to tell the user when `version` (as `process.version` prints it) is too old, or null. */
export function nodeProblem(version) {
	const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
	if (major > 25 || (major === 24 && minor >= 8)) return null;
	const needed = major === 24 ? 'Node 24.8 or newer' : 'Node 24';
	return `Error Atlas needs ${needed} (found ${version}). ${HOW_TO}`;
}

/**
 * True when this Node (or the faked one) will do; otherwise prints the message, sets exit code 1
 * and returns false, so the caller stops without a process.exit that could cut stderr short.
 */
export function preflight() {
	const problem = nodeProblem(process.env[FAKE_VERSION_VAR] || process.version);
	if (problem === null) return true;
	console.error(problem);
	process.exitCode = 1;
	return false;
}

function isMain() {
	try {
		return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
	} catch (error) {
		return false;
	}
}

if (isMain()) preflight();
