import { describe, expect, it } from 'vitest';
import { searchForPaste } from '../../../src/lib/decode/paste-search.ts';
import { HOSTILE_PASTES } from '../../../scripts/bench/hostile.ts';

describe('searchForPaste: a pasted client error is searched by what it means', () => {
	it.each([
		['a JSON body', '{"code":-1121,"msg":"Invalid symbol."}', '-1121'],
		[
			'a python-binance exception',
			'APIError(code=-1021): Timestamp for this request is outside of the recvWindow.',
			'-1021',
		],
		[
			'a ccxt exception with a venue before the body',
			'binance {"code":-1013,"msg":"Filter failure: LOT_SIZE"}',
			'-1013',
		],
		[
			'a ccxt exception with its class',
			'ccxt.base.errors.BadSymbol: binance {"code":-1121,"msg":"Invalid symbol."}',
			'-1121',
		],
		[
			'a binance-connector ClientError',
			`ClientError: (400, -1102, "Mandatory parameter 'symbol' was not sent.", {...})`,
			'-1102',
		],
		[
			'an HTTP response dump',
			'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"code":-1100,"msg":"Illegal characters found in parameter \'symbol\'."}',
			'-1100',
		],
		[
			'a log line with a logger prefix around a body',
			'2024-05-01 12:00:00,918 - ERROR - order failed: {"code":-2019,"msg":"Margin is insufficient."}',
			'-2019',
		],
		[
			'a log line with a level and a message after the code',
			'[ERROR] Error -2011: Unknown order sent.',
			'-2011',
		],
		[
			'a code with its message after it',
			'error -1001 Internal error; unable to process your request.',
			'-1001',
		],
		[
			'a venue code without a minus',
			'{"code":"51008","msg":"Order failed. Insufficient balance."}',
			'51008',
		],
	])('%s', (_, query, term) => {
		expect(searchForPaste(query)).toEqual({ term, pasted: true });
	});

	it('searches the message of an exception line that gives no code', () => {
		const query =
			'ccxt.base.errors.InsufficientFunds: binance Account has insufficient balance for requested action.';
		expect(searchForPaste(query)).toEqual({
			term: 'Account has insufficient balance for requested action.',
			pasted: true,
		});
	});

	it('searches the message of a body that gives no code', () => {
		expect(searchForPaste('{"msg":"Invalid symbol."}')).toEqual({
			term: 'Invalid symbol.',
			pasted: true,
		});
	});
});

describe('searchForPaste: a plain query is searched as typed', () => {
	it.each([
		'-1121',
		'1121',
		'BAD_SYMBOL',
		'BAD_SYM',
		'invalid symbol',
		'Invalid symbol.',
		'recvWindow',
		'binance -2019',
		'-1021 error',
		'error 1021',
		'binance error -1021',
		'error code -1121',
		'-1121 invalid symbol',
		'Unknown error',
		'Timestamp for this request is outside of the recvWindow.',
		'',
		'   ',
	])('%j', (query) => {
		expect(searchForPaste(query)).toEqual({ term: query, pasted: false });
	});
});

describe('searchForPaste: hostile pastes', () => {
	it('returns a term for each, never throwing', () => {
		for (const paste of HOSTILE_PASTES) expect(typeof searchForPaste(paste).term).toBe('string');
	});
});
