import { describe, expect, it } from 'vitest';
import {
	boundInput,
	extractError,
	MESSAGE_LIMIT,
	readQuoted,
	SCAN_LIMIT,
} from '../../../src/lib/decode/extract.ts';
import { HOSTILE_PASTES } from '../../../scripts/bench/hostile.ts';

describe('extractError: client formats', () => {
	it('reads a raw JSON body', () => {
		expect(extractError('{"code":-1121,"msg":"Invalid symbol."}')).toEqual({
			code: -1121,
			message: 'Invalid symbol.',
			format: 'json',
		});
	});

	it('reads `message` instead of `msg`, with spaces and newlines', () => {
		const body = '{\n  "code" : -1013,\n  "message" : "Filter failure: LOT_SIZE"\n}';
		expect(extractError(body)).toEqual({
			code: -1013,
			message: 'Filter failure: LOT_SIZE',
			format: 'json',
		});
	});

	it('finds the message key on either side of the code key', () => {
		expect(extractError('{"msg":"Invalid symbol.","code":-1121}')).toMatchObject({
			code: -1121,
			message: 'Invalid symbol.',
		});
	});

	it('undoes JSON escapes in the message', () => {
		const body = String.raw`{"code":-1102,"msg":"Mandatory parameter \"symbol\" was not sent, \u0077as empty/null, or malformed."}`;
		expect(extractError(body).message).toBe(
			'Mandatory parameter "symbol" was not sent, was empty/null, or malformed.',
		);
	});

	it('reads a code sent as a string', () => {
		expect(
			extractError(
				'{"code":"-1021","msg":"Timestamp for this request is outside of the recvWindow."}',
			),
		).toMatchObject({ code: -1021 });
	});

	it('reads the body of an HTTP response dump, not its status or headers', () => {
		const dump = [
			'HTTP/1.1 400 Bad Request',
			'Content-Type: application/json;charset=UTF-8',
			'x-mbx-used-weight-1m: 20',
			'Date: Sat, 21 Nov 2026 12:00:00 GMT',
			'',
			'{"code":-1013,"msg":"Filter failure: PRICE_FILTER"}',
		].join('\r\n');
		expect(extractError(dump)).toEqual({
			code: -1013,
			message: 'Filter failure: PRICE_FILTER',
			format: 'http',
		});
	});

	it('reads ccxt: an exception class, the exchange id, then the body', () => {
		const python = 'ccxt.base.errors.BadSymbol: binance {"code":-1121,"msg":"Invalid symbol."}';
		const js = 'BadSymbol: binance {"code":-1121,"msg":"Invalid symbol."}';
		for (const text of [python, js]) {
			expect(extractError(text)).toEqual({
				code: -1121,
				message: 'Invalid symbol.',
				format: 'ccxt',
			});
		}
	});

	it('reads the last line of a Python traceback from ccxt', () => {
		const traceback = [
			'Traceback (most recent call last):',
			'  File "bot.py", line 12, in <module>',
			"    exchange.create_order('BTC/USDT', 'limit', 'buy', 0.0001, 20000)",
			'ccxt.base.errors.InvalidOrder: binance {"code":-4164,"msg":"Order\'s notional must be no smaller than 100 (unless you choose reduce only)."}',
		].join('\n');
		expect(extractError(traceback)).toMatchObject({ code: -4164, format: 'ccxt' });
	});

	it('reads python-binance APIError', () => {
		expect(
			extractError(
				'binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: LOT_SIZE',
			),
		).toEqual({
			code: -1013,
			message: 'Filter failure: LOT_SIZE',
			format: 'python-binance',
		});
	});

	it('reads binance-connector ClientError, single- or double-quoted', () => {
		const single =
			"binance.error.ClientError: (400, -1013, 'Filter failure: LOT_SIZE', {'Content-Type': 'application/json;charset=UTF-8'})";
		expect(extractError(single)).toEqual({
			code: -1013,
			message: 'Filter failure: LOT_SIZE',
			format: 'binance-connector',
		});
		const double = `ClientError: (400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.", {'Date': 'x'})`;
		expect(extractError(double)).toEqual({
			code: -1021,
			message: "Timestamp for this request was 1000ms ahead of the server's time.",
			format: 'binance-connector',
		});
	});

	it('reads a Python dict repr', () => {
		expect(extractError("{'code': -1121, 'msg': 'Invalid symbol.'}")).toMatchObject({
			code: -1121,
			message: 'Invalid symbol.',
		});
	});

	it('reads a JS object dump and key=value log fields', () => {
		expect(extractError("{ code: -1121, msg: 'Invalid symbol.' }")).toMatchObject({
			code: -1121,
			message: 'Invalid symbol.',
		});
		expect(
			extractError(
				'level=error code=-1021 msg=Timestamp for this request is outside of the recvWindow.',
			),
		).toMatchObject({
			code: -1021,
			message: 'Timestamp for this request is outside of the recvWindow.',
		});
	});

	it('reads a log line: a code, then the text', () => {
		const line =
			'2026-11-21 12:00:00,123 ERROR error -1001 Internal error; unable to process your request. Please try again.';
		expect(extractError(line)).toEqual({
			code: -1001,
			message: 'Internal error; unable to process your request. Please try again.',
			format: 'log',
		});
	});

	it('reads log lines with brackets, colons and a code after its text', () => {
		expect(extractError('[-1121] Invalid symbol.')).toMatchObject({
			code: -1121,
			message: 'Invalid symbol.',
		});
		expect(extractError('Error -2010: Account has insufficient balance')).toMatchObject({
			code: -2010,
			message: 'Account has insufficient balance',
		});
		expect(extractError('Invalid symbol. (code -1121)')).toMatchObject({
			code: -1121,
			message: 'Invalid symbol.',
		});
		expect(extractError('error 1121 Invalid symbol')).toMatchObject({
			code: 1121,
			message: 'Invalid symbol',
		});
	});

	it('does not take dates, times or offsets for codes', () => {
		expect(extractError('2026-11-21T12:00:00-0500 request failed').code).toBeNull();
	});

	it('reads a bare code and a bare message', () => {
		expect(extractError(' -1121 ')).toEqual({ code: -1121, message: null, format: 'code' });
		expect(extractError('1121')).toEqual({ code: 1121, message: null, format: 'code' });
		expect(extractError('"Invalid symbol."')).toEqual({
			code: null,
			message: 'Invalid symbol.',
			format: 'text',
		});
	});

	it('returns nothing for nothing', () => {
		for (const input of ['', '   \n\t', undefined, null, 42, {}]) {
			expect(extractError(input)).toEqual({ code: null, message: null, format: 'empty' });
		}
	});
});

describe('extractError: bounded work', () => {
	it('keeps only the head and tail of a long paste', () => {
		const long = 'a'.repeat(SCAN_LIMIT) + 'b'.repeat(SCAN_LIMIT * 4) + 'c'.repeat(SCAN_LIMIT);
		const bounded = boundInput(long);
		expect(bounded.length).toBe(2 * SCAN_LIMIT + 1);
		expect(bounded.includes('b')).toBe(false);
	});

	it('finds an error at the end of a 1 MB log', () => {
		const log = 'INFO heartbeat ok\n'.repeat(60_000) + '{"code":-1003,"msg":"Too many requests."}';
		expect(log.length).toBeGreaterThan(1_000_000);
		expect(extractError(log)).toMatchObject({ code: -1003, message: 'Too many requests.' });
	});

	it('caps the message length', () => {
		const body = `{"code":-1,"msg":"${'x'.repeat(10_000)}"}`;
		expect(extractError(body).message?.length).toBeLessThanOrEqual(1000);
	});
});

describe('readQuoted', () => {
	it('reads JSON and Python strings and refuses unterminated ones', () => {
		expect(readQuoted(`"a\\"b" rest`, 0)).toEqual({ value: 'a"b', end: 6 });
		expect(readQuoted(`'it\\'s'`, 0)?.value).toBe("it's");
		expect(readQuoted('"never closed', 0)).toBeNull();
		expect(readQuoted('no quote', 0)).toBeNull();
	});
});

describe('extractError: format names', () => {
	it('does not call a body after a log line ccxt', () => {
		expect(extractError('INFO heartbeat ok\n{"code":-1121,"msg":"Invalid symbol."}').format).toBe(
			'json',
		);
		expect(extractError('binance {"code":-1121,"msg":"Invalid symbol."}').format).toBe('ccxt');
	});
});

describe('extractError: the keys venues use', () => {
	it.each([
		[
			'{"retCode":10001,"retMsg":"Request parameter error.","result":{}}',
			10001,
			'Request parameter error.',
		],
		[
			'{"ret_code":130021,"ret_msg":"order cost not available"}',
			130021,
			'order cost not available',
		],
		[
			'{"code":"1","data":[{"ordId":"","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account."}],"msg":"All operations failed"}',
			51008,
			'Order failed. Insufficient USDT balance in account.',
		],
		[
			'{"jsonrpc":"2.0","error":{"message":"not_enough_funds","code":10009}}',
			10009,
			'not_enough_funds',
		],
		[
			'{"status":"error","err-code":"invalid-parameter","err-msg":"invalid symbol"}',
			null,
			'invalid symbol',
		],
	])('%s', (paste, code, message) => {
		expect(extractError(paste)).toMatchObject({ code, message });
	});
});

describe('extractError: escaped bodies', () => {
	it('reads a body quoted inside a string', () => {
		const logged = String.raw`failed: "{\"code\":-1100,\"msg\":\"Illegal characters found in parameter 'side'.\"}"`;
		expect(extractError(logged)).toMatchObject({
			code: -1100,
			message: "Illegal characters found in parameter 'side'.",
		});
	});

	it('reads a body escaped twice, inside a JSON log line', () => {
		const logged = String.raw`{"level":"error","err":"upstream said {\"detail\":\"{\\\"code\\\":-1003,\\\"msg\\\":\\\"Too many requests.\\\"}\"}"}`;
		expect(extractError(logged)).toMatchObject({ code: -1003, message: 'Too many requests.' });
	});

	it('reads an HTML-escaped body', () => {
		const page =
			'<pre>{&quot;code&quot;:-1022,&quot;msg&quot;:&quot;Signature for this request is not valid.&quot;}</pre>';
		expect(extractError(page)).toMatchObject({
			code: -1022,
			message: 'Signature for this request is not valid.',
		});
		expect(extractError('{&#34;code&#34;:-1022,&#x22;msg&#x22;:&#39;x&#39;}')).toMatchObject({
			code: -1022,
			message: 'x',
		});
	});

	it('keeps an entity it does not know as written, never reading it as a property of a plain object', () => {
		expect(
			extractError('{&quot;code&quot;:-1022,&quot;msg&quot;:&quot;bad &constructor; here&quot;}')
				.message,
		).toBe('bad &constructor; here');
	});

	it('leaves a body that reads as it is alone', () => {
		expect(extractError(String.raw`{"code":-1021,"msg":"the server\'s time"}`)).toMatchObject({
			code: -1021,
			message: "the server's time",
		});
	});
});

describe('extractError: HTTP statuses are not codes', () => {
	it('skips a code key named after an HTTP status for the venue code after it', () => {
		const line =
			'request to /api/v3/order failed with HTTP status code: 429, error code: -1003 and error message: Too many requests.';
		expect(extractError(line)).toMatchObject({ code: -1003, message: 'Too many requests.' });
		expect(extractError('{"status_code": 400, "code": -1100}')).toMatchObject({ code: -1100 });
	});

	it('takes no code from a line that gives only the HTTP status', () => {
		expect(
			extractError('SomeException: Invalid quantity. (HTTP status code: 400)').code,
		).toBeNull();
		expect(extractError('upstream failed, status code 503').code).toBeNull();
	});
});

describe('extractError: a message given without a message key', () => {
	it('reads the text before a code given as a bracketed note', () => {
		expect(
			extractError(
				'client.errors.RequestError: Signature mismatch (ErrCode: 20004) (ErrTime: 09:10:11).',
			),
		).toMatchObject({
			code: 20004,
			message: 'Signature mismatch',
		});
	});

	it('reads the text after a bracketed code that follows a label', () => {
		expect(
			extractError('Venue Error [-1100]: Illegal characters found in a parameter.'),
		).toMatchObject({
			code: -1100,
			message: 'Illegal characters found in a parameter.',
		});
	});

	it('ends the message where the quote or bracket around the code closes', () => {
		expect(extractError(`Failure: ('Exec', '[Run] -1100: Illegal characters.')`)).toMatchObject({
			code: -1100,
			message: 'Illegal characters.',
		});
		expect(extractError(`12:00:01Z 'Error -1100: Illegal characters.'`)).toMatchObject({
			code: -1100,
			message: 'Illegal characters.',
		});
		expect(extractError('{-1100: Illegal characters. }')).toMatchObject({
			code: -1100,
			message: 'Illegal characters.',
		});
		expect(
			extractError(`thrown ("Code: -1100 Message: The server's clock is off.") thrown again`),
		).toMatchObject({
			code: -1100,
			message: "The server's clock is off.",
		});
	});

	it('reads the next line when the code ends its line', () => {
		expect(extractError('Something failed. Code = -1100\nIllegal characters found.')).toMatchObject(
			{ code: -1100, message: 'Illegal characters found.' },
		);
		expect(extractError('Failed\nCode: -1100\nMessage:\nIllegal characters found.')).toMatchObject({
			code: -1100,
			message: 'Illegal characters found.',
		});
		// A stack frame or a timestamped line after it is not the message.
		expect(extractError('Bad things (code -1100)\n2026-01-01 next line').message).toBe(
			'Bad things',
		);
	});

	it('reads the exception line above a code that closes a stack trace', () => {
		const dump =
			'{ Error: Illegal characters found.\n    at f (/app/x.js:1:2)\n    at g (/app/y.js:3:4) code: -1100 }';
		expect(extractError(dump)).toMatchObject({ code: -1100, message: 'Illegal characters found.' });
	});

	it('cuts a log line at its next pipe-separated field and after a slash', () => {
		expect(
			extractError('12:00:00 Error: 30001/order quantity too small | Endpoint: /v1/order'),
		).toMatchObject({
			code: 30001,
			message: 'order quantity too small',
		});
	});
});

describe('extractError: exception lines without a code', () => {
	it('reads the last line of a Python traceback, without the ccxt exchange id', () => {
		const traceback = [
			'Traceback (most recent call last):',
			'  File "bot.py", line 3, in <module>',
			'    go()',
			'lib.errors.InsufficientFunds: somex Not enough balance.',
		].join('\n');
		expect(extractError(traceback)).toEqual({
			code: null,
			message: 'Not enough balance.',
			format: 'text',
		});
	});

	it('reads a Java exception line above its frames, without the HTTP status note', () => {
		const trace =
			'com.example.api.ApiException: Quantity too small. (HTTP status code: 400)\n\tat com.example.api.Client.send(Client.java:10)';
		expect(extractError(trace)).toEqual({
			code: null,
			message: 'Quantity too small.',
			format: 'text',
		});
	});

	it('reads an uncaught Java exception', () => {
		const trace =
			'Exception in thread "main" org.example.VenueException: Unknown asset.\n\tat org.example.Main.main(Main.java:5)';
		expect(extractError(trace)).toEqual({ code: null, message: 'Unknown asset.', format: 'text' });
	});

	it('drops a request line before the message', () => {
		expect(
			extractError('Error: POST (400) https://api.example.com/v1/order - Quantity too small.')
				.message,
		).toBe('Quantity too small.');
	});

	it('does not take labels for exception classes', () => {
		expect(extractError('Coin pair: abc').message).toBe('Coin pair: abc');
	});
});

describe('extractError: venue shapes without a code/msg pair', () => {
	it('reads a code kept under `status` only when it cannot be an HTTP status', () => {
		expect(extractError("{'status': '5600', 'message': 'Invalid Parameter'}")).toMatchObject({
			code: 5600,
			message: 'Invalid Parameter',
		});
		expect(extractError('{"status": 400, "message": "Bad Request"}')).toMatchObject({
			code: null,
			message: 'Bad Request',
		});
		expect(extractError('{"status": "9000", "code": -1100, "msg": "x"}')).toMatchObject({
			code: -1100,
		});
	});

	it('reads the error key only when no message key is there', () => {
		expect(extractError('_{"error":["EAPI:Invalid nonce"]}_')).toEqual({
			code: null,
			message: 'EAPI:Invalid nonce',
			format: 'json',
		});
		expect(extractError('{"error":"wrapper text","msg":"Invalid symbol."}').message).toBe(
			'Invalid symbol.',
		);
	});

	it("reads Bitfinex's error array before the keys of the request around it", () => {
		expect(extractError('payload {"code": 1} -> ["error",10020,"price: invalid"]')).toEqual({
			code: 10020,
			message: 'price: invalid',
			format: 'json',
		});
	});

	it('reads a pasted table row, and an HTML page without taking its status for a code', () => {
		expect(extractError('400100 | Parameter error\n-- | --')).toEqual({
			code: 400100,
			message: 'Parameter error',
			format: 'table',
		});
		const page =
			'GET https://api.example.com 502 <html>\n<head><title>502 Bad Gateway</title></head>\n<body>error code 1020</body></html>';
		expect(extractError(page)).toEqual({ code: null, message: '502 Bad Gateway', format: 'html' });
	});

	it('reads past a message label whose value is a body, and gives no message for a body without one', () => {
		expect(
			extractError('GW VENUE Warning: Error message: {"error":["EAPI:Invalid key"]}.'),
		).toMatchObject({ code: null, message: 'EAPI:Invalid key' });
		expect(extractError('OrderNotFound: somex {"result":false,"error_code":20015}')).toMatchObject({
			code: 20015,
			message: null,
		});
	});

	it("drops a logger's level from the message before a bracketed code", () => {
		expect(
			extractError('ERROR - order rejected by risk limits (ErrCode: 30031). Retrying.'),
		).toMatchObject({
			code: 30031,
			message: 'order rejected by risk limits',
		});
	});
});

describe('extractError: exception lines from other clients', () => {
	it('reads the exception a logger wrapped, above its JavaScript frames', () => {
		const trace =
			'2017-12-08 20:49:39 (ERROR):    unable to buy Error: EOrder:Insufficient funds\n    at f (/app/x.js:1:2)';
		expect(extractError(trace)).toEqual({
			code: null,
			message: 'EOrder:Insufficient funds',
			format: 'text',
		});
	});

	it("reads ccxt's command-line output and a printed list of errors", () => {
		expect(
			extractError('somex.createOrder (X/Y)\n----\n[InvalidOrder] order size too small').message,
		).toBe('order size too small');
		expect(
			extractError(
				'org.example.ExchangeException: [EGeneral:Invalid arguments]\n\tat org.example.A.b(A.java:1)',
			).message,
		).toBe('EGeneral:Invalid arguments');
	});
});

// How long these take is measured by the bench (scripts/bench/hostile.ts), not asserted here.
describe('extractError: hostile input', () => {
	it.each(HOSTILE_PASTES.map((paste, i) => [i, paste]))(
		'paste %i gives a bounded result',
		(_, paste) => {
			const found = extractError(paste);
			expect(found.message?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMIT);
		},
	);
});
