#!/usr/bin/env node
// `npm start`: builds the site, then serves it with astro preview as this process's child, so
// ending `npm start` ends the server. With `npm run build && npm run preview` there were a shell
// and a second npm in between; a SIGTERM to the outer npm stopped at the shell and left the
// preview serving, and the next start then failed on astro's lock file. package.json runs this
// with `exec` for the same reason: npm passes SIGINT and SIGTERM to its child, and a `sh -c` child
// that gets SIGINT waits for its own child instead of passing it on.
// Plain JavaScript like preflight.mjs, so an old Node gets the version message, not a parse error.
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preflight } from './preflight.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = '4321';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The preview server an earlier run recorded in `<root>/.astro/preview.json`, if it still runs. */
export function runningPreview(root = ROOT) {
	let lock;
	try {
		lock = JSON.parse(readFileSync(join(root, '.astro/preview.json'), 'utf8'));
	} catch {
		return null;
	}
	if (!lock || typeof lock.pid !== 'number') return null;
	try {
		process.kill(lock.pid, 0);
	} catch (error) {
		if (error.code !== 'EPERM') return null;
	}
	// astro preview takes a lock whose pid now belongs to something else as stale; so do we, where /proc says.
	try {
		if (!readFileSync(`/proc/${lock.pid}/cmdline`, 'utf8').includes('astro')) return null;
	} catch {
		// No /proc (macOS) or no access: trust the live pid.
	}
	return {
		pid: lock.pid,
		url: typeof lock.url === 'string' ? lock.url : `http://localhost:${lock.port}`,
	};
}

/** What `npm start` says instead of building when an earlier preview still holds the lock. */
export function runningPreviewMessage(server) {
	return (
		`An astro preview server from an earlier run is still serving ${server.url} (pid ${server.pid}).\n` +
		`Stop it with \`npx astro preview stop\` (or \`kill ${server.pid}\`), then run npm start again.`
	);
}

function astroBin() {
	try {
		return join(
			dirname(createRequire(import.meta.url).resolve('astro/package.json')),
			'bin/astro.mjs',
		);
	} catch {
		return null;
	}
}

function main() {
	if (!preflight()) return;
	const server = runningPreview();
	if (server) {
		console.error(runningPreviewMessage(server));
		process.exitCode = 1;
		return;
	}
	const astro = astroBin();
	if (!astro) {
		console.error('Astro is not installed here: run npm ci first.');
		process.exitCode = 1;
		return;
	}

	let child = null;
	let stopSignal = null;
	const stop = (signal) => {
		stopSignal = signal;
		if (child) child.kill(signal);
		else process.exit(1);
	};
	for (const signal of SIGNALS) process.on(signal, () => stop(signal));
	// When npm itself is killed (SIGKILL) or a shell sits in between after all, being orphaned is
	// the only word that npm start has ended.
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent && !stopSignal) stop('SIGTERM');
	}, 500).unref();

	const runAstro = (args, env) =>
		new Promise((resolve) => {
			child = spawn(process.execPath, [astro, ...args], {
				cwd: ROOT,
				stdio: 'inherit',
				env: Object.assign({}, process.env, env),
			});
			child.on('exit', (code, signal) => {
				child = null;
				resolve(signal ? 1 : code);
			});
		});

	runAstro(['build'], {})
		.then((code) => {
			if (code !== 0 || stopSignal) return code;
			// astro preview detaches itself into the background when it thinks an AI agent started it,
			// and would outlive npm start; the variable it sets on that background child turns this off.
			return runAstro(['preview', '--port', PORT].concat(process.argv.slice(2)), {
				ASTRO_PREVIEW_BACKGROUND: '1',
			});
		})
		.then((code) => {
			if (stopSignal) {
				// Die of the same signal, as a shell expects of a command the user interrupted.
				process.removeAllListeners(stopSignal);
				process.kill(process.pid, stopSignal);
				return;
			}
			process.exitCode = code;
		});
}

function isMain() {
	try {
		return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
	} catch {
		return false;
	}
}

if (isMain()) main();
