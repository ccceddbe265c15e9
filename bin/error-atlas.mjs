#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping; Node 22.12-22.17 needs the flag spelled out.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
if (process.features.typescript) {
	const { run } = await import(main);
	process.exitCode = await run(process.argv.slice(2));
} else {
	const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', main, ...process.argv.slice(2)], {
		stdio: 'inherit',
	});
	process.exitCode = child.status ?? 1;
}
