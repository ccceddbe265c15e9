import { expect, test } from 'vitest';
import { proseRange } from '../../../src/lib/import/segments.ts';

test('a range stated in prose', () => {
	expect(proseRange('Error Code from 50000 to 53999')).toEqual({ from: 50000, to: 53999 });
	expect(proseRange('Codes -3290 to -3299 are reserved.')).toEqual({ from: -3290, to: -3299 });
	expect(proseRange('Codes 60000-60099 are account errors.')).toEqual({ from: 60000, to: 60099 });
});

test('a chain of hyphenated numbers is an id, not a range', () => {
	expect(proseRange('body:{"code": 1000, "trace": "12323-3243242-34334534-4353"}')).toBeNull();
	expect(proseRange('request id 1000-2000-3000')).toBeNull();
});
