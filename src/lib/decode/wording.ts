import type { Match } from './decode.ts';

/**
 * What a match compared, in words, for the paste box and the CLI: a bare code was compared
 * by number only, a range is not a documented code. The venue and ccxt clauses come apart so
 * each caller can join them its own way.
 */
export function matchWording(
	match: Match,
	messageGiven: boolean,
): { kind: string; venue: string | null; ccxt: string | null } {
	const venue = match.hinted ? 'the paste names this venue' : null;
	const ccxt = match.ccxtClass ? `ccxt raises ${match.ccxtClass} for it, as in the paste` : null;
	switch (match.kind) {
		case 'code+message':
			return { kind: 'code and message match', venue, ccxt };
		case 'code':
			return {
				kind: messageGiven
					? 'code matches, message differs'
					: 'code matches; no message given to compare',
				venue,
				ccxt,
			};
		case 'message':
			return { kind: 'message matches, under another code', venue, ccxt };
		case 'range':
			return {
				kind: 'inside a range the dialect documents as a whole, not a documented code',
				venue,
				ccxt,
			};
	}
}
