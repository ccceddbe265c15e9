import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, listFiles } from './dist.ts';
import { htmlValidateConfig, isExpressiveCodeMarkup } from './html-validate.ts';

describe('valid HTML', () => {
	it('every built page passes html-validate', async () => {
		const dir = distDir();
		const validator = new HtmlValidate(htmlValidateConfig);
		const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
		const problems: string[] = [];
		// One page at a time keeps memory flat on sites with thousands of pages.
		for (const page of pages) {
			const report = await validator.validateFile(join(dir, page));
			for (const result of report.results) {
				for (const message of result.messages) {
					if (message.severity !== 2 || isExpressiveCodeMarkup(message.ruleId, message.selector))
						continue;
					problems.push(
						`${page}:${message.line}:${message.column}: ${message.message} (${message.ruleId}, at ${message.selector ?? '?'})`,
					);
				}
			}
		}
		expect(
			problems,
			`${problems.length} HTML errors:\n${problems.slice(0, 40).join('\n')}`,
		).toEqual([]);
	});

	it('still reports real errors (the configuration did not switch the gate off)', async () => {
		const validator = new HtmlValidate(htmlValidateConfig);
		const report = await validator.validateString(
			'<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></p><img src="x"></body></html>',
		);
		const rules = new Set(
			report.results.flatMap((result) => result.messages.map((message) => message.ruleId)),
		);
		expect([...rules]).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
	});
});
