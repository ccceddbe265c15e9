import { describe, expect, test } from 'vitest';
import { titleCodes } from '../../../src/lib/import/segments.ts';

const section = { id: 'messages', title: 'Messages' };
const read = (title: string) =>
	titleCodes(title, section, 7).map((entry) => [entry.id, entry.name, entry.title]);

describe('codes a section title names', () => {
	test('with their names (Binance Spot)', () => {
		expect(
			read(
				'Messages for -1010 ERROR_MSG_RECEIVED, -2010 NEW_ORDER_REJECTED, -2011 CANCEL_REJECTED, and -2038 ORDER_AMEND_REJECTED',
			),
		).toEqual([
			['-1010', 'ERROR_MSG_RECEIVED', null],
			['-2010', 'NEW_ORDER_REJECTED', null],
			['-2011', 'CANCEL_REJECTED', null],
			['-2038', 'ORDER_AMEND_REJECTED', null],
		]);
	});

	test('with a Chinese label each, which is the title (Binance Spot, errors_CN.md)', () => {
		expect(
			read(
				'消息 -1010 收到了错误消息， -2010 新订单被拒绝，-2011 撤销订单被拒绝，还有 -2038 保留优先权的修改订单被拒绝',
			),
		).toEqual([
			['-1010', null, '收到了错误消息'],
			['-2010', null, '新订单被拒绝'],
			['-2011', null, '撤销订单被拒绝'],
			['-2038', null, '保留优先权的修改订单被拒绝'],
		]);
	});

	test('a bare code, and nothing in a word or a number range', () => {
		expect(read('Errors -1121 and more')).toEqual([['-1121', null, null]]);
		expect(read('Codes 1000-2000')).toEqual([]);
	});
});
