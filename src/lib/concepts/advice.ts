/**
 * What a client should do about a code, message by message. A concept's retry advice holds
 * for most of its messages, but not for every one: Binance's -1003 answers "Too many
 * requests" (slow down and retry) and "IP banned until %s" (nothing gets through before that
 * time, so retrying with backoff only hits the ban again).
 */
import type { RetryAdvice } from '../model/model.ts';

/** The concept's retry advice, or waiting for a time the message itself names. */
export type RetryStep = RetryAdvice | 'wait-until-given-time';

/** One retry line of a code page: the step and which messages (1-based) it is for; empty means all. */
export interface RetryLine {
	step: RetryStep;
	messages: number[];
}

/** A message that says the caller is banned until a time it gives (`IP banned until %s.`). */
const BANNED_UNTIL = /\bbanned\b|\bban(?:ned)? until\b/i;

/**
 * How each step reads after "Retry:". Worded to follow the source's solution and the
 * concept's explanation without contradicting either: "do not retry" covers "wait until the
 * symbol trades" and "treat it as success" as well as a locked account.
 */
export const RETRY_STEPS: Record<RetryStep, string> = {
	'do-not-retry': 'not as it is. Sent again unchanged, it gets the same answer.',
	'fix-request-then-retry':
		'only once the request is fixed. Sent unchanged, it fails the same way.',
	'retry-with-backoff': 'yes, after a pause that grows with each attempt (exponential backoff).',
	'check-order-status-first':
		"only after checking the order's status: the order may be in another state than this error suggests.",
	'wait-until-given-time': 'not before the time in the message. Requests sent earlier fail too.',
};

/** The step for one message under a concept's advice. */
export function retryStep(advice: RetryAdvice, message: string): RetryStep {
	return BANNED_UNTIL.test(message) ? 'wait-until-given-time' : advice;
}

/**
 * The retry lines of a code: one for all its messages when they agree, else one per step in
 * the order the messages first need it.
 */
export function retryLines(advice: RetryAdvice, messages: string[]): RetryLine[] {
	const lines: RetryLine[] = [];
	messages.forEach((message, i) => {
		const step = retryStep(advice, message);
		const line = lines.find((candidate) => candidate.step === step);
		if (line) line.messages.push(i + 1);
		else lines.push({ step, messages: [i + 1] });
	});
	if (lines.length <= 1) return [{ step: lines[0]?.step ?? advice, messages: [] }];
	return lines;
}
