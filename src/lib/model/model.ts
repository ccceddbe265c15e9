/**
 * The normalized model of Error Atlas, as types inferred from the zod schemas in
 * `schemas.ts`: the JSON API (`/api/v1/*.json`) serializes exactly these shapes, and the
 * schemas are strict, so a field cannot be added to one and vanish from the other.
 */
import type { z } from 'zod';
import type {
	ccxtMappingSchema,
	codeEntrySchema,
	conceptSchema,
	dialectSchema,
	messageTableSchema,
	occurrenceSchema,
	sectionRefSchema,
	sourceRefSchema,
	translationSchema,
} from './schemas.ts';

export * from './vocabulary.ts';

export type SourceRole = z.infer<typeof sourceRefSchema>['role'];
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SectionRef = z.infer<typeof sectionRefSchema>;
export type Dialect = z.infer<typeof dialectSchema>;
export type SourceInfo = Dialect['sources'][number];
export type Section = Dialect['sections'][number];
export type CodeRange = Dialect['ranges'][number];
export type HttpStatus = Dialect['httpStatuses'][number];
export type MessageTable = z.infer<typeof messageTableSchema>;
export type Prose = Dialect['prose'][number];
export type ProseBlock = Prose['blocks'][number];
export type CodeEntry = z.infer<typeof codeEntrySchema>;
export type CcxtMapping = z.infer<typeof ccxtMappingSchema>;
export type Summary = NonNullable<CodeEntry['summary']>;
export type Translation = z.infer<typeof translationSchema>;
export type Occurrence = z.infer<typeof occurrenceSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type ConceptMember = Concept['members'][number];

/** Identifies a code across dialects, e.g. `binance-usdm/-1121`, `okx/30012_4`. */
export function codeKey(entry: Pick<CodeEntry, 'dialect' | 'id'>): string {
	return `${entry.dialect}/${entry.id}`;
}
