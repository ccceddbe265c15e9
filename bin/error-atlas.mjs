#!/usr/bin/env node
// Plain JavaScript, so that it parses on the old Node it turns away: the CLI is TypeScript run by
// Node's type stripping, which Node 20 lacks (it answered `bad option: --experimental-strip-types`),
// so the version check has to come before any of it is loaded.
import { preflight } from '../scripts/preflight.mjs';

if (preflight()) {
	import('../src/cli/main.ts')
		.then(({ run }) => run(process.argv.slice(2)))
		.then((code) => {
			process.exitCode = code;
		});
}
