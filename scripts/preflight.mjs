#!/usr/bin/env node
// Plain JavaScript on purpose, with no syntax newer than Node 14 and no dependency: it has to
// run on the old Node it turns away, before npm ci has installed anything.
// `node scripts/preflight.mjs` exits 1 with the message on a Node the toolchain cannot run on;
// `node scripts/preflight.mjs --setup` (npm's preinstall) brings Node 24 instead, as below.
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readlinkSync,
	realpathSync,
	symlinkSync,
	unlinkSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The toolchain's floor, the same as package.json's engines.node: Node 24.8 for html-validate
 * (`^22.22 || >=24.8`); vitest skips Node 25 (`^24 || >=26`), and Node 25 is past its end of life.
 */
export const ENGINES = '^24.8.0 || >=26';

/** Tests set this to see what a user of an older Node sees; it only replaces the version read. */
export const FAKE_VERSION_VAR = 'ERROR_ATLAS_TEST_NODE_VERSION';

/** Set (to anything but an empty string) to turn the download off and get the message instead. */
export const NO_DOWNLOAD_VAR = 'ERROR_ATLAS_NO_NODE_DOWNLOAD';

/** Where an older Node's install puts Node 24: `.node/` in the project, unless this names another folder. */
export const NODE_DIR_VAR = 'ERROR_ATLAS_NODE_DIR';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const WAYS = `  nvm install                     (nvm reads .nvmrc)
  fnm use --install-if-missing    (fnm reads .nvmrc)
  volta install node@24
Then, with \`node -v\` printing v24, run the command again (README.md, Quick start).`;

const HOW_TO = `${NO_DOWNLOAD_VAR} is set, so npm ci did not bring
Node 24 into .node/ as it does on an older Node. Get a current Node 24 with one of:
${WAYS}`;

const HOW_TO_SETUP = `Run npm ci here: on an older Node it brings
Node 24 into .node/ and runs every script on it. Or get a current Node 24 with one of:
${WAYS}`;

function parse(version) {
	return String(version).replace(/^v/, '').split('.').map(Number);
}

function fits(version) {
	const [major, minor] = parse(version);
	return major > 25 || (major === 24 && minor >= 8);
}

function needed(version) {
	return parse(version)[0] === 24 ? 'Node 24.8 or newer' : 'Node 24';
}

/**
 * What to tell the user when `version` (as `process.version` prints it) is too old, or null.
 * `optedOut` says the download was turned off, so the message says why npm ci did not bring Node 24.
 */
export function nodeProblem(version, optedOut) {
	if (fits(version)) return null;
	return `Error Atlas needs ${needed(version)} (found ${version}). ${optedOut ? HOW_TO : HOW_TO_SETUP}`;
}

/** The one line an older Node's npm ci prints when it runs everything on the project's Node 24. */
export function usingMessage(found, version, dir) {
	const why =
		parse(found)[0] === 25
			? 'is a release Error Atlas skips (it needs 24.8 or 26+)'
			: 'is older than the 24.8 Error Atlas needs';
	return `Node ${found} ${why}: using Node ${version} from ${dir}`;
}

function env() {
	return process.env;
}

function currentVersion() {
	return env()[FAKE_VERSION_VAR] || process.version;
}

function optedOut() {
	return Boolean(env()[NO_DOWNLOAD_VAR]);
}

/** The folder that holds the project's Node 24, absolute. */
export function nodeDir(root) {
	return resolve(root || ROOT, env()[NODE_DIR_VAR] || '.node');
}

/** The Node 24 binary in `dir` with its version, when one is there and will do; else null. */
export function projectNode(dir) {
	const bin = join(dir, 'node_modules', 'node', 'bin', 'node');
	if (!existsSync(bin)) return null;
	const result = spawnSync(bin, ['-p', 'process.version'], { encoding: 'utf8' });
	const version = result.status === 0 ? result.stdout.trim() : '';
	return version && fits(version) ? { bin: bin, version: version } : null;
}

/**
 * npm's own `node` package ships a prebuilt Node for this platform from the npm registry. It is
 * installed with the npm that runs this install (npm_execpath), so it reads the same registry,
 * proxy and CA settings; the other npm_* variables describe this project's install, not that one.
 */
function installNode(dir) {
	mkdirSync(dir, { recursive: true });
	const npm = env().npm_execpath;
	const keep =
		/^npm_config_(registry|cafile|ca|cert|key|proxy|https_proxy|noproxy|strict_ssl|userconfig|globalconfig|cache|fetch_retries|fetch_timeout|offline|prefer_offline)$/i;
	const childEnv = {};
	for (const name of Object.keys(env()))
		if (!/^npm_/i.test(name) || keep.test(name)) childEnv[name] = env()[name];
	// --prefix, or npm would walk up from .node/ to this project's package.json and install there.
	const args = [
		'install',
		'--prefix',
		dir,
		'--no-save',
		'--no-package-lock',
		'--no-audit',
		'--no-fund',
		'--loglevel=error',
		'node@24',
	];
	const result = npm
		? spawnSync(process.execPath, [npm].concat(args), {
				cwd: dir,
				env: childEnv,
				stdio: ['ignore', 'ignore', 'inherit'],
			})
		: spawnSync('npm', args, {
				cwd: dir,
				env: childEnv,
				stdio: ['ignore', 'ignore', 'inherit'],
				shell: process.platform === 'win32',
			});
	return result.status === 0;
}

/** node_modules/.bin/node in `root`, pointing at `bin`: npm puts that folder first on PATH for every script. */
function link(root, bin) {
	const binDir = join(root, 'node_modules', '.bin');
	const target = join(binDir, 'node');
	mkdirSync(binDir, { recursive: true });
	const wanted = relative(binDir, bin);
	try {
		if (readlinkSync(target) === wanted) return;
		unlinkSync(target);
	} catch (error) {
		if (error.code !== 'ENOENT' && error.code !== 'EINVAL') throw error;
	}
	symlinkSync(wanted, target);
}

/**
 * npm's preinstall. On a Node that will do: nothing. On an older one: Node 24 from `.node/` (installed
 * there the first time), linked as node_modules/.bin/node, with one line saying so; unless the
 * download is turned off, when it is the message and exit code 1, as before any of this.
 * Returns the exit code.
 */
export function setup(root) {
	const found = currentVersion();
	if (fits(found)) return 0;
	const problem = nodeProblem(found, optedOut());
	if (optedOut()) {
		console.error(problem);
		return 1;
	}
	const dir = nodeDir(root);
	let node = projectNode(dir);
	if (!node) {
		console.error(
			`Node ${found} cannot run Error Atlas: installing Node 24 from the npm registry's node package into ${dir}`,
		);
		node = installNode(dir) ? projectNode(dir) : null;
		if (!node) {
			console.error(
				`Could not install Node 24 into ${dir} (npm install node@24 failed; its error is above).\n${problem}`,
			);
			return 1;
		}
	}
	link(root || ROOT, node.bin);
	console.error(usingMessage(found, node.version, relative(root || ROOT, dir) || dir));
	return 0;
}

/**
 * True when this Node (or the faked one) will do. Otherwise, when the project has its Node 24,
 * runs this same command again on it and passes its exit code on; else prints the message. Either
 * way it then sets the exit code and returns false, so the caller stops without a process.exit
 * that could cut stderr short.
 */
export function preflight() {
	const found = currentVersion();
	if (fits(found)) return true;
	const node = optedOut() ? null : projectNode(nodeDir());
	if (node) {
		const childEnv = Object.assign({}, env());
		delete childEnv[FAKE_VERSION_VAR];
		const result = spawnSync(node.bin, process.execArgv.concat(process.argv.slice(1)), {
			stdio: 'inherit',
			env: childEnv,
		});
		process.exitCode = result.status === null ? 1 : result.status;
		return false;
	}
	console.error(nodeProblem(found, optedOut()));
	process.exitCode = 1;
	return false;
}

function isMain() {
	try {
		return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
	} catch {
		return false;
	}
}

if (isMain()) {
	if (process.argv[2] === '--setup') process.exitCode = setup(process.cwd());
	else preflight();
}
