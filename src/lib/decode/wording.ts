import type { Match } from './decode.ts';

/**
 * What a match compared, in words, for the paste box and the CLI: a bare code was compared
 * by number only, a range is not a documented code. The venue clause comes apart so each
 * can join it its own way.
 */
export function matchWording(match: Match, messageGiven: boolean): { kind: string; venue: string | null } {
	const venue = match.hinted ? 'the paste names this venue' : null;
	switch (match.kind) {
		case 'code+message':
			return { kind: 'code and message match', venue };
		case 'code':
			return { kind: messageGiven ? 'code matches, message differs' : 'code matches; no message given to compare', venue };
		case 'message':
			return { kind: 'message matches, under another code', venue };
		case 'range':
			return { kind: 'inside a range the dialect documents as a whole, not a documented code', venue };
	}
}
