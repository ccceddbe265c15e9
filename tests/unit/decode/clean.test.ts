import { describe, expect, it } from 'vitest';
import { cleanMessage, withoutLogPrefix } from '../../../src/lib/decode/clean.ts';

describe('cleanMessage', () => {
	it('takes the item out of a printed list of one error', () => {
		expect(cleanMessage('[EGeneral:Invalid arguments]')).toBe('EGeneral:Invalid arguments');
		expect(cleanMessage('["EOrder:Insufficient funds"]')).toBe('EOrder:Insufficient funds');
	});

	it('drops Markdown emphasis wrapped around the whole message', () => {
		expect(cleanMessage('**MIN_TRADE_REQUIREMENT_NOT_MET**')).toBe('MIN_TRADE_REQUIREMENT_NOT_MET');
		expect(cleanMessage('a **bold** word')).toBe('a **bold** word');
	});

	it('keeps brackets that are part of the text', () => {
		expect(cleanMessage('[a1]buy: [1,2] invalid')).toBe('[a1]buy: [1,2] invalid');
		expect(cleanMessage('Oc_diff[51113], new_oc[147018]')).toBe('Oc_diff[51113], new_oc[147018]');
	});
});

describe('withoutLogPrefix', () => {
	it("drops a logger's timestamp and level", () => {
		expect(withoutLogPrefix('ERROR - invalid request')).toBe('invalid request');
		expect(withoutLogPrefix('2024-04-09 13:00:48,918 - WARNING - order rejected')).toBe(
			'order rejected',
		);
		expect(withoutLogPrefix('[WARN] order rejected')).toBe('order rejected');
	});

	it('leaves exception names and ordinary words', () => {
		expect(withoutLogPrefix('Error: x')).toBe('Error: x');
		expect(withoutLogPrefix('Information is missing')).toBe('Information is missing');
	});
});
