import type { SourceInfo } from '../../lib/model/model.ts';

/**
 * A normalization note as a reader sees it: the model's notes name sources by file
 * (`binance-usdm-summary.md calls it UNKNOWN`), pages name them by title.
 */
export function withSourceTitles(
	note: string,
	sources: Pick<SourceInfo, 'file' | 'title'>[],
): string {
	return sources.reduce((text, source) => text.split(source.file).join(source.title), note);
}
