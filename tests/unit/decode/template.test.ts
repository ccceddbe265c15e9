import { describe, expect, it } from 'vitest';
import {
	compileTemplate,
	foldCase,
	matchTemplate,
	normalizeMessage,
	prepareMessage,
	STEP_BUDGET,
} from '../../../src/lib/decode/template.ts';

const match = (template: string, message: string) =>
	matchTemplate(compileTemplate(template), prepareMessage(message));

describe('matchTemplate', () => {
	it('fills %s with what the message says', () => {
		const template =
			'Too many requests; current limit is %s requests per minute. Please use the websocket for live updates to avoid polling the API.';
		const message =
			'Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.';
		expect(match(template, message)).toEqual({ filled: ['2400'], partial: false });
	});

	it('fills several placeholders in order, %d only with numbers', () => {
		expect(
			match('limit must be between %d and %d.', 'limit must be between 1 and 1000.')?.filled,
		).toEqual(['1', '1000']);
		expect(
			match('limit must be between %d and %d.', 'limit must be between one and ten.'),
		).toBeNull();
		expect(
			match(
				'Too many new orders; current limit is %s orders per %s.',
				'Too many new orders; current limit is 300 orders per 10 SECOND.',
			)?.filled,
		).toEqual(['300', '10 SECOND']);
	});

	it('forgives case, whitespace runs, quote style and a missing trailing period', () => {
		expect(match('Invalid symbol.', '  invalid   SYMBOL ')).toEqual({ filled: [], partial: false });
		expect(
			match(
				"Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
				'Mandatory parameter "symbol" was not sent, was empty/null, or malformed',
			)?.filled,
		).toEqual(['symbol']);
	});

	it('gives the same value whether or not the source quoted the placeholder', () => {
		const message = "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.";
		expect(
			match("Mandatory parameter '%s' was not sent, was empty/null, or malformed.", message)
				?.filled,
		).toEqual(['symbol']);
		expect(
			match('Mandatory parameter %s was not sent, was empty/null, or malformed.', message)?.filled,
		).toEqual(['symbol']);
	});

	it('matches inside a longer message only on word boundaries', () => {
		expect(match('Disconnected', 'Disconnected from server')).toEqual({
			filled: [],
			partial: true,
		});
		expect(match('Invalid symbol.', 'Error: Invalid symbol. Check exchangeInfo')).toEqual({
			filled: [],
			partial: true,
		});
		expect(match('Invalid symbol.', 'Invalid symbolic link')).toBeNull();
	});

	it('does not let a wildcard swallow a clause inside a longer message', () => {
		expect(
			match(
				'Parameter %s was empty.',
				"Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
			),
		).toBeNull();
	});

	it('refuses templates too short or too vague to mean anything', () => {
		expect(match('%s', 'anything')).toBeNull();
		expect(match('%s %s', 'any thing')).toBeNull();
		expect(match('Timeout', 'Timeout waiting for response')).toBeNull();
		expect(match('Timeout', 'timeout')).toEqual({ filled: [], partial: false });
	});

	it('gives up on a hostile message within its step budget', () => {
		const template = compileTemplate('xx %s xx %s xx %s xx %s yy');
		const message = prepareMessage('xx '.repeat(330));
		const budget = { steps: STEP_BUDGET };
		expect(matchTemplate(template, message, budget)).toBeNull();
		// Backtracking over 330 repeats would take millions of steps; the budget stops it.
		expect(budget.steps).toBeLessThanOrEqual(0);
		const easy = { steps: STEP_BUDGET };
		expect(
			matchTemplate(compileTemplate('Invalid %s.'), prepareMessage('Invalid symbol.'), easy),
		).toEqual({ filled: ['symbol'], partial: false });
		expect(STEP_BUDGET - easy.steps).toBeLessThan(10);
	});
});

describe('normalizeMessage and foldCase', () => {
	it('normalizes quotes, spaces and the final period', () => {
		expect(normalizeMessage(' Parameter  `x`\u2019s value.\u3002 ')).toBe("Parameter 'x''s value");
	});

	it('keeps the length when lower-casing', () => {
		const text = 'İstanbul ΣΑΣ';
		expect(foldCase(text).length).toBe(text.length);
	});
});
