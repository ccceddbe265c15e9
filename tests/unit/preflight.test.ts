import { spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readlinkSync,
	realpathSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	ENGINES,
	FAKE_VERSION_VAR,
	NO_DOWNLOAD_VAR,
	NODE_DIR_VAR,
	nodeProblem,
	usingMessage,
} from '../../scripts/preflight.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

const WAYS = `  nvm install                     (nvm reads .nvmrc)
  fnm use --install-if-missing    (fnm reads .nvmrc)
  volta install node@24
Then, with \`node -v\` printing v24, run the command again (README.md, Quick start).`;
const HOW_TO = `Run npm ci here: on an older Node it brings
Node 24 into .node/ and runs every script on it. Or get a current Node 24 with one of:
${WAYS}`;
const OPTED_OUT = `ERROR_ATLAS_NO_NODE_DOWNLOAD is set, so npm ci did not bring
Node 24 into .node/ as it does on an older Node. Get a current Node 24 with one of:
${WAYS}`;

const NODE_20 = `Error Atlas needs Node 24 (found v20.20.2). ${HOW_TO}\n`;

/** A folder laid out as npm's node package installs Node 24, holding the Node running the tests. */
function fakeNodeDir() {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-node-'));
	mkdirSync(join(dir, 'node_modules/node/bin'), { recursive: true });
	symlinkSync(process.execPath, join(dir, 'node_modules/node/bin/node'));
	return dir;
}
const NO_NODE_DIR = mkdtempSync(join(tmpdir(), 'atlas-no-node-'));

/**
 * Runs `node <args>` as a user of `version` would, by the test variable; `extra` adds to the
 * environment. The project's Node 24 is looked for in an empty folder unless `extra` names one,
 * so a .node/ that npm ci brought on this machine does not change what is tested.
 */
function runAs(
	version: string,
	args: string[],
	{
		node = process.execPath,
		cwd = ROOT,
		extra = {},
	}: { node?: string; cwd?: string; extra?: NodeJS.ProcessEnv } = {},
) {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NO_COLOR: '1',
		[NODE_DIR_VAR]: NO_NODE_DIR,
		...extra,
	};
	delete env[NO_DOWNLOAD_VAR];
	if (extra[NO_DOWNLOAD_VAR]) env[NO_DOWNLOAD_VAR] = extra[NO_DOWNLOAD_VAR];
	if (version) env[FAKE_VERSION_VAR] = version;
	else delete env[FAKE_VERSION_VAR];
	return spawnSync(node, args, { cwd, env, encoding: 'utf8' });
}

const SETUP = [`${ROOT}scripts/preflight.mjs`, '--setup'];

describe('the Node version preflight', () => {
	test('accepts what engines.node accepts', () => {
		for (const version of ['v24.8.0', 'v24.21.0', 'v26.0.0', 'v27.3.1'])
			expect(nodeProblem(version), version).toBeNull();
	});

	test('names the Node to get and the one found', () => {
		expect(`${nodeProblem('v20.20.2')}\n`).toBe(NODE_20);
		expect(nodeProblem('v22.22.0')).toBe(`Error Atlas needs Node 24 (found v22.22.0). ${HOW_TO}`);
		expect(nodeProblem('v25.9.0')).toBe(`Error Atlas needs Node 24 (found v25.9.0). ${HOW_TO}`);
		expect(nodeProblem('v24.7.0')).toBe(
			`Error Atlas needs Node 24.8 or newer (found v24.7.0). ${HOW_TO}`,
		);
		expect(nodeProblem('v20.20.2', true)).toBe(
			`Error Atlas needs Node 24 (found v20.20.2). ${OPTED_OUT}`,
		);
	});

	test('says in one line which Node an older one gave way to', () => {
		expect(usingMessage('v20.20.2', 'v24.21.0', '.node')).toBe(
			'Node v20.20.2 is older than the 24.8 Error Atlas needs: using Node v24.21.0 from .node',
		);
		expect(usingMessage('v25.9.0', 'v24.21.0', '.node')).toBe(
			'Node v25.9.0 is a release Error Atlas skips (it needs 24.8 or 26+): using Node v24.21.0 from .node',
		);
	});

	test('states what package.json, package-lock.json and .nvmrc state', () => {
		const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
		const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8'));
		expect(pkg.engines.node).toBe(ENGINES);
		expect(lock.packages[''].engines.node).toBe(ENGINES);
		expect(readFileSync(`${ROOT}.nvmrc`, 'utf8').trim()).toBe('24');
		// npm ci has to get as far as the preinstall on an older Node, which engine-strict would stop.
		expect(readFileSync(`${ROOT}.npmrc`, 'utf8')).toMatch(/^engine-strict=false$/m);
		expect(readFileSync(`${ROOT}.gitignore`, 'utf8')).toMatch(/^\/\.node\/$/m);
		expect(pkg.scripts.preinstall).toBe('node scripts/preflight.mjs --setup');
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
	const systemVersion = existsSync(systemNode)
		? spawnSync(systemNode, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim()
		: '';
	test.skipIf(!systemVersion || nodeProblem(systemVersion) === null)(
		`the CLI on the system Node (${systemVersion || 'none'})`,
		() => {
			const result = runAs('', ['bin/error-atlas.mjs', 'lookup', '-2010'], { node: systemNode });
			expect(result.stderr).toBe(`${nodeProblem(systemVersion)}\n`);
			expect(result.status).toBe(1);
		},
	);

	test.skipIf(!systemVersion || nodeProblem(systemVersion) === null)(
		`the CLI on the system Node (${systemVersion || 'none'}) runs on the project's Node 24`,
		() => {
			const expected = runAs('', ['bin/error-atlas.mjs', 'lookup', '-2010']);
			const result = runAs('', ['bin/error-atlas.mjs', 'lookup', '-2010'], {
				node: systemNode,
				extra: { [NODE_DIR_VAR]: fakeNodeDir() },
			});
			expect(result.stderr).toBe('');
			expect(result.stdout).toBe(expected.stdout);
			expect(result.status).toBe(0);
		},
	);
});

describe("npm ci's preinstall (preflight --setup)", () => {
	test('on a Node that will do, does nothing and downloads nothing', () => {
		const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
		const result = runAs('v24.8.0', SETUP, {
			cwd: project,
			extra: { [NODE_DIR_VAR]: join(project, '.node') },
		});
		expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
		expect(existsSync(join(project, '.node'))).toBe(false);
		expect(existsSync(join(project, 'node_modules'))).toBe(false);
	});

	test("on Node 20, links the project's Node 24 as node_modules/.bin/node and says so in one line", () => {
		const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
		const dir = fakeNodeDir();
		for (const run of ['first', 'again']) {
			const result = runAs('v20.20.2', SETUP, { cwd: project, extra: { [NODE_DIR_VAR]: dir } });
			expect(result.stderr, run).toBe(
				`${usingMessage('v20.20.2', process.version, join('..', dir.split('/').pop()!))}\n`,
			);
			expect(result.status, run).toBe(0);
		}
		const link = join(project, 'node_modules/.bin/node');
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readlinkSync(link).startsWith('../')).toBe(true);
		expect(realpathSync(link)).toBe(realpathSync(process.execPath));
		// What every npm script then runs, since npm puts node_modules/.bin first on PATH.
		const version = spawnSync('node', ['-p', 'process.version'], {
			env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:/usr/bin:/bin` },
			encoding: 'utf8',
		});
		expect(version.stdout.trim()).toBe(process.version);
	});

	test(`with ${NO_DOWNLOAD_VAR} set, prints the message instead and fails`, () => {
		const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
		const result = runAs('v20.20.2', SETUP, {
			cwd: project,
			extra: { [NODE_DIR_VAR]: fakeNodeDir(), [NO_DOWNLOAD_VAR]: '1' },
		});
		expect(result.stderr).toBe(`Error Atlas needs Node 24 (found v20.20.2). ${OPTED_OUT}\n`);
		expect(result.status).toBe(1);
		expect(existsSync(join(project, 'node_modules'))).toBe(false);
	});

	test('when the download fails, says so, links nothing and fails', () => {
		const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
		const dir = join(project, '.node');
		// A registry nobody answers on: npm's connection is refused at once.
		const result = runAs('v20.20.2', SETUP, {
			cwd: project,
			extra: {
				[NODE_DIR_VAR]: dir,
				npm_config_registry: 'http://127.0.0.1:9/',
				npm_config_fetch_retries: '0',
				npm_config_cache: join(project, 'npm-cache'),
			},
		});
		expect(result.stderr).toContain(
			`Node v20.20.2 cannot run Error Atlas: installing Node 24 from the npm registry's node package into ${dir}\n`,
		);
		expect(result.stderr).toContain(
			`Could not install Node 24 into ${dir} (npm install node@24 failed; its error is above).\n${NODE_20}`,
		);
		expect(result.status).toBe(1);
		expect(existsSync(join(project, 'node_modules'))).toBe(false);
	}, 60_000);
});
