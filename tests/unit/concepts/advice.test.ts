import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { RETRY_STEPS, retryLines, retryStep } from '../../../src/lib/concepts/advice.ts';
import { RETRY_ADVICE } from '../../../src/lib/model/model.ts';
import { SEEDS } from '../helpers/sources.ts';

describe('retry advice by message', () => {
	test('a ban is waited out, whatever the concept advises', () => {
		expect(
			retryStep(
				'retry-with-backoff',
				'Way too many requests; IP banned until %s. Please use the websocket for live updates to avoid bans.',
			),
		).toBe('wait-until-given-time');
		expect(
			retryStep(
				'retry-with-backoff',
				'Too many requests; current limit is %s requests per minute.',
			),
		).toBe('retry-with-backoff');
		// Mentioning bans is not being banned.
		expect(retryStep('retry-with-backoff', 'Please use the websocket to avoid bans.')).toBe(
			'retry-with-backoff',
		);
	});

	test('messages that agree give one line for all', () => {
		expect(retryLines('fix-request-then-retry', ['Invalid symbol.'])).toEqual([
			{ step: 'fix-request-then-retry', messages: [] },
		]);
		expect(retryLines('do-not-retry', [])).toEqual([{ step: 'do-not-retry', messages: [] }]);
	});

	test('-1003 on Binance USDⓈ-M: back off after "too many requests", wait for the time after "banned until"', () => {
		const atlas = readAtlas(SEEDS);
		const code = atlas.codes.find(
			(entry) => entry.dialect === 'binance-usdm' && entry.id === '-1003',
		)!;
		const concept = atlas.concepts.find((item) => item.id === code.concept)!;
		expect(retryLines(concept.retry, code.messages)).toEqual([
			{ step: 'retry-with-backoff', messages: [1] },
			{ step: 'wait-until-given-time', messages: [2] },
		]);
	});

	test('every step has a sentence, and none tells a banned client to back off', () => {
		for (const advice of RETRY_ADVICE) expect(RETRY_STEPS[advice]).toMatch(/\.$/);
		expect(RETRY_STEPS['wait-until-given-time']).toMatch(/not before the time in the message/);
	});
});
