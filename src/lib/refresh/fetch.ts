/**
 * Brings a source up to date from where its front matter says its text was copied: the file
 * at the newest commit of its documentation repository, else its upstream page (HTML turned
 * into Markdown by turndown). Nothing here writes: the caller checks the new text first.
 */
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import type { FrontMatter } from '../model/schemas.ts';

/** Where GitHub's API and raw files are; a test or a mirror points these elsewhere. */
export interface Hosts {
	api: string;
	raw: string;
}

export function githubHosts(env: NodeJS.ProcessEnv = process.env): Hosts {
	return {
		api: env.ERROR_ATLAS_GITHUB_API ?? 'https://api.github.com',
		raw: env.ERROR_ATLAS_GITHUB_RAW ?? 'https://raw.githubusercontent.com',
	};
}

export interface Fetched {
	/** The new upstream text, as the source stores it below its header. */
	body: string;
	/** The commit it was read at, for a repository source. */
	commit: string | null;
	/** What was downloaded, for the report. */
	from: string;
}

/** A failure to say as it is: the URL, and what went wrong there. */
export class FetchError extends Error {}

const TIMEOUT_MS = 30_000;

async function get(url: string, accept: string): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url, {
			headers: { accept, 'user-agent': 'error-atlas fetch' },
			signal: AbortSignal.timeout(TIMEOUT_MS),
		});
	} catch (error) {
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		throw new FetchError(
			`${url}: could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message})`,
		);
	}
	if (!response.ok)
		throw new FetchError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
	return response;
}

/**
 * The source's upstream text now. A source that is an excerpt of its file (`lines:`) cannot be
 * refreshed this way: where the excerpt lies in the new version is a reader's call.
 */
export async function fetchSource(
	frontMatter: FrontMatter,
	hosts: Hosts = githubHosts(),
): Promise<Fetched> {
	if (frontMatter.lines) {
		throw new FetchError(
			`the text is lines ${frontMatter.lines} of ${frontMatter.repository ?? frontMatter.url}: fetch cannot tell where that part lies in a new version; copy it by hand and update \`commit\`, \`lines\` and \`retrieved\``,
		);
	}
	if (frontMatter.repository && frontMatter.path) {
		const commits = `${hosts.api}/repos/${frontMatter.repository}/commits?path=${encodeURIComponent(frontMatter.path)}&per_page=1`;
		const list = (await (await get(commits, 'application/vnd.github+json')).json()) as Array<{
			sha?: unknown;
		}>;
		const sha = Array.isArray(list) && typeof list[0]?.sha === 'string' ? list[0].sha : null;
		if (!sha || !/^[0-9a-f]{40}$/.test(sha))
			throw new FetchError(`${commits}: no commit of ${frontMatter.path}`);
		const raw = `${hosts.raw}/${frontMatter.repository}/${sha}/${frontMatter.path.split('/').map(encodeURIComponent).join('/')}`;
		return { body: await (await get(raw, 'text/plain')).text(), commit: sha, from: raw };
	}
	if (!frontMatter.url)
		throw new FetchError(
			'the front matter names neither a `repository` and `path` nor a `url` to fetch',
		);
	const response = await get(frontMatter.url, 'text/markdown, text/plain;q=0.9, text/html;q=0.8');
	const text = await response.text();
	const html =
		/html/i.test(response.headers.get('content-type') ?? '') ||
		/^\s*<(!doctype html|html)/i.test(text);
	return { body: html ? htmlToMarkdown(text) : text, commit: null, from: frontMatter.url };
}

/** An HTML page as Markdown, GFM tables kept as tables: the shape the readers take. */
export function htmlToMarkdown(html: string): string {
	const service = new TurndownService({
		headingStyle: 'atx',
		codeBlockStyle: 'fenced',
		bulletListMarker: '-',
	});
	service.use(gfm);
	service.remove(['head', 'title', 'script', 'style', 'noscript', 'nav', 'footer', 'header']);
	return `${service.turndown(html).trim()}\n`;
}

/** The source file with the new text below its header, `retrieved` (and `commit`) set; every other header line as it was. */
export function refreshedFile(file: string, fetched: Fetched, today: string): string {
	const lines = file.split('\n');
	const end = lines.indexOf('---', 1);
	if (lines[0] !== '---' || end === -1)
		throw new FetchError('the file does not start with a front matter block');
	const header = lines.slice(1, end);
	const set = (key: string, value: string) => {
		const at = header.findIndex((line) => line.startsWith(`${key}:`));
		if (at === -1) header.push(`${key}: ${value}`);
		else header[at] = `${key}: ${value}`;
	};
	set('retrieved', today);
	if (fetched.commit) set('commit', fetched.commit);
	return ['---', ...header, '---', fetched.body.replace(/^\n+/, '')].join('\n');
}
