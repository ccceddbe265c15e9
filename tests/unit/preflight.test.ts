import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENGINES, FAKE_VERSION_VAR, nodeProblem } from '../../scripts/preflight.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

const HOW_TO = `Get a current Node 24 with one of:
  nvm install                     (nvm reads .nvmrc)
  fnm use --install-if-missing    (fnm reads .nvmrc)
  volta install node@24
or, with no version manager, from the npm registry's node package:
  (mkdir -p ~/.cache/node24 && cd ~/.cache/node24 && npm install --no-save node@24)
  export PATH=~/.cache/node24/node_modules/.bin:$PATH
Then, with \`node -v\` printing v24, run the command again (README.md, Quick start).`;

const NODE_20 = `Error Atlas needs Node 24 (found v20.20.2). ${HOW_TO}\n`;

/** Runs `node <args>` in the repository root as a user of `version` would, by the test variable. */
function runAs(version: string, args: string[], node = process.execPath) {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
	if (version) env[FAKE_VERSION_VAR] = version;
	else delete env[FAKE_VERSION_VAR];
	return spawnSync(node, args, { cwd: ROOT, env, encoding: 'utf8' });
}

describe('the Node version preflight', () => {
	test('accepts what engines.node accepts', () => {
		for (const version of ['v24.8.0', 'v24.21.0', 'v26.0.0', 'v27.3.1']) expect(nodeProblem(version), version).toBeNull();
	});

	test('names the Node to get and the one found', () => {
		expect(`${nodeProblem('v20.20.2')}\n`).toBe(NODE_20);
		expect(nodeProblem('v22.22.0')).toBe(`Error Atlas needs Node 24 (found v22.22.0). ${HOW_TO}`);
		expect(nodeProblem('v25.9.0')).toBe(`Error Atlas needs Node 24 (found v25.9.0). ${HOW_TO}`);
		expect(nodeProblem('v24.7.0')).toBe(`Error Atlas needs Node 24.8 or newer (found v24.7.0). ${HOW_TO}`);
	});

	test('states what package.json, package-lock.json and .nvmrc state', () => {
		const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
		const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8'));
		expect(pkg.engines.node).toBe(ENGINES);
		expect(lock.packages[''].engines.node).toBe(ENGINES);
		expect(readFileSync(`${ROOT}.nvmrc`, 'utf8').trim()).toBe('24');
		expect(readFileSync(`${ROOT}.npmrc`, 'utf8')).toMatch(/^engine-strict=true$/m);
		expect(pkg.scripts.preinstall).toBe('node scripts/preflight.mjs');
		expect(pkg.scripts.pretest).toBe('node scripts/preflight.mjs');
		expect(pkg.scripts.start).toBe('exec node scripts/start.mjs');
		expect(pkg.bin['error-atlas']).toBe('./bin/error-atlas.mjs');
	});

	for (const [what, args] of [
		['the CLI', ['bin/error-atlas.mjs', 'lookup', '-2010']],
		['the preflight script (preinstall, pretest)', ['scripts/preflight.mjs']],
		['npm start', ['scripts/start.mjs']],
	] as const) {
		test(`${what} on Node 20 prints the message alone and exits 1`, () => {
			const result = runAs('v20.20.2', [...args]);
			expect(result.stderr).toBe(NODE_20);
			expect(result.stdout).toBe('');
			expect(result.status).toBe(1);
		});
	}

	test('the CLI runs on a Node that will do', () => {
		const result = runAs('v24.8.0', ['bin/error-atlas.mjs', 'lookup', '-2010']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^-2010: \d+ dialects/);
		expect(result.status).toBe(0);
	});

	// The message has to come out of a real old Node too, not only a faked version string.
	const systemNode = '/usr/bin/node';
	const systemVersion = existsSync(systemNode) ? spawnSync(systemNode, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim() : '';
	test.skipIf(!systemVersion || nodeProblem(systemVersion) === null)(`the CLI on the system Node (${systemVersion || 'none'})`, () => {
		const result = runAs('', ['bin/error-atlas.mjs', 'lookup', '-2010'], systemNode);
		expect(result.stderr).toBe(`${nodeProblem(systemVersion)}\n`);
		expect(result.status).toBe(1);
	});
});
