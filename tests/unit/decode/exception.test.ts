import { describe, expect, it } from 'vitest';
import {
	ccxtClassIn,
	exceptionMessage,
	headerAboveFrames,
} from '../../../src/lib/decode/exception.ts';

describe('exception lines', () => {
	it("takes ccxt's class names, which need not end in Error", () => {
		expect(exceptionMessage('InsufficientFunds: somex Not enough balance.')).toBe(
			'Not enough balance.',
		);
		expect(exceptionMessage('[BadRequest] source is not enabled for trading')).toBe(
			'source is not enabled for trading',
		);
	});

	it("reads Python's repr of an exception, without ccxt's exchange id", () => {
		expect(
			exceptionMessage("ExchangeError('somex Invalid trade amount, minimum is 0.0005 BTC',)"),
		).toBe('Invalid trade amount, minimum is 0.0005 BTC');
		expect(exceptionMessage("print('hello')")).toBeNull();
	});

	it('does not take other words before a colon or in brackets for classes', () => {
		expect(exceptionMessage('Balance: 10 USDT')).toBeNull();
		expect(exceptionMessage('[INFO] started')).toBeNull();
	});

	it('reads the exception named inside the line above a stack trace', () => {
		const trace = [
			'12:00:01 (ERROR):  unable to sell Error: Order:Insufficient funds',
			'    at f (/app/x.js:1:2)',
			'    at g (/app/y.js:3:4)',
		].join('\n');
		expect(headerAboveFrames(trace)).toBe('Order:Insufficient funds');
	});

	it('reads nothing without frames, or when the line above names no exception', () => {
		expect(headerAboveFrames('unable to buy Error: Order:Insufficient funds')).toBeNull();
		expect(headerAboveFrames('something happened\n    at f (/app/x.js:1:2)')).toBeNull();
	});

	it("names the ccxt class a paste's exception line raises, the last one of a traceback", () => {
		expect(
			ccxtClassIn(
				'ccxt.base.errors.InsufficientFunds: binance {"code":-2010,"msg":"Account has insufficient balance for requested action."}',
			),
		).toBe('InsufficientFunds');
		expect(
			ccxtClassIn(
				'InsufficientFunds: binance Account has insufficient balance for requested action.',
			),
		).toBe('InsufficientFunds');
		expect(ccxtClassIn('[BadSymbol] okx does not have market symbol FOO/BAR')).toBe('BadSymbol');
		const traceback = [
			'Traceback (most recent call last):',
			'  File "bot.py", line 3, in <module>',
			'ccxt.base.errors.ExchangeError: binance {"code":-1000,"msg":"An unknown error occurred while processing the request."}',
		].join('\n');
		expect(ccxtClassIn(traceback)).toBe('ExchangeError');
	});

	it("names no class for exceptions that are not ccxt's, nor for another package's class of the same name", () => {
		expect(ccxtClassIn('Error: Order:Insufficient funds')).toBeNull();
		expect(
			ccxtClassIn(
				'binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance',
			),
		).toBeNull();
		expect(ccxtClassIn('myapp.errors.InsufficientFunds: not enough')).toBeNull();
		expect(ccxtClassIn('{"code":-2010,"msg":"InsufficientFunds"}')).toBeNull();
	});
});
