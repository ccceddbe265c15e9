/**
 * Summarizes V8 CPU profiles (`node --cpu-prof`) of a build: where the time goes by function
 * (self and inclusive) and by origin (a package, a project file, the built page chunks, GC).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}

interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileLine {
	what: string;
	ms: number;
	share: number;
}

export interface ProfileSummary {
	totalMs: number;
	byOrigin: ProfileLine[];
	selfTop: ProfileLine[];
	inclusiveTop: ProfileLine[];
}

/** Where a frame's code comes from: `pkg:<name>`, a project path, `site chunks`, or a V8 pseudo-frame. */
function origin(frame: CallFrame, project: string): string {
	const url = frame.url.replace(/^file:\/\//, '');
	if (!url) return frame.functionName.startsWith('(') ? frame.functionName : 'node internals';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return `pkg:${pkg[1]}`;
	if (url.includes('/.prerender/') || url.includes('/chunks/'))
		return 'built page chunks (site + bundled Starlight)';
	if (url.startsWith('node:')) return 'node internals';
	return url.startsWith(project) ? url.slice(project.length + 1) : url;
}

function frameName(frame: CallFrame, project: string): string {
	const file = origin(frame, project);
	const name = frame.functionName || '(anonymous)';
	return frame.url
		? `${name} ${file.startsWith('pkg:') ? file : file.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`
		: name;
}

function top(map: Map<string, number>, totalMs: number, count: number): ProfileLine[] {
	return [...map.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([what, ms]) => ({ what, ms: Math.round(ms), share: ms / totalMs }));
}

/** Summarizes the largest profile in `dir` (the build's main process); `project` shortens paths. */
export function summarizeProfile(dir: string, project: string, count = 15): ProfileSummary | null {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
	if (files.length === 0) return null;
	const profile = JSON.parse(readFileSync(join(dir, files[0]), 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const origins = new Map<string, number>();
	let totalMs = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i] ?? 0) / 1000;
		const node = byId.get(id);
		if (!node || node.callFrame.functionName === '(idle)') return;
		totalMs += ms;
		const name = frameName(node.callFrame, project);
		self.set(name, (self.get(name) ?? 0) + ms);
		const o = origin(node.callFrame, project);
		origins.set(o, (origins.get(o) ?? 0) + ms);
		// Count each function once per sample, however deep the recursion.
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at)!.callFrame;
			// Node's module loader wraps everything it imports: skip it, it only says "loading".
			if (!frame.url || origin(frame, project) === 'node internals') continue;
			const key = frameName(frame, project);
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
		}
	});
	return {
		totalMs: Math.round(totalMs),
		byOrigin: top(origins, totalMs, count),
		selfTop: top(self, totalMs, count),
		inclusiveTop: top(inclusive, totalMs, count + 10),
	};
}
