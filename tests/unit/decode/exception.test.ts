import { describe, expect, it } from 'vitest';
import { exceptionMessage, headerAboveFrames } from '../../../src/lib/decode/exception.ts';

describe('exception lines', () => {
	it("takes ccxt's class names, which need not end in Error", () => {
		expect(exceptionMessage('InsufficientFunds: somex Not enough balance.')).toBe('Not enough balance.');
		expect(exceptionMessage('[BadRequest] source is not enabled for trading')).toBe('source is not enabled for trading');
	});

	it("reads Python's repr of an exception, without ccxt's exchange id", () => {
		expect(exceptionMessage("ExchangeError('somex Invalid trade amount, minimum is 0.0005 BTC',)")).toBe('Invalid trade amount, minimum is 0.0005 BTC');
		expect(exceptionMessage("print('hello')")).toBeNull();
	});

	it('does not take other words before a colon or in brackets for classes', () => {
		expect(exceptionMessage('Balance: 10 USDT')).toBeNull();
		expect(exceptionMessage('[INFO] started')).toBeNull();
	});

	it('reads the exception named inside the line above a stack trace', () => {
		const trace = ['12:00:01 (ERROR):  unable to sell Error: Order:Insufficient funds', '    at f (/app/x.js:1:2)', '    at g (/app/y.js:3:4)'].join('\n');
		expect(headerAboveFrames(trace)).toBe('Order:Insufficient funds');
	});

	it('reads nothing without frames, or when the line above names no exception', () => {
		expect(headerAboveFrames('unable to buy Error: Order:Insufficient funds')).toBeNull();
		expect(headerAboveFrames('something happened\n    at f (/app/x.js:1:2)')).toBeNull();
	});
});
