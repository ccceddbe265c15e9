import { SharedParts } from './shared-parts-cache.ts';

/** The parts shared by the pages of one build (src/components/SharedPart.astro). */
export const sharedParts = new SharedParts();
