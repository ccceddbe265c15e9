import type { AstroIntegration } from 'astro';
import { planAliases, redirectsOf } from '../lib/aliases.ts';
import type { Atlas } from '../lib/atlas.ts';

/**
 * Publishes the alias routes of {@link planAliases} as Astro redirects: a static build
 * writes each as a small page with a meta refresh and a canonical link, which works on any
 * static host and under a Content-Security-Policy without scripts, and the sitemap leaves
 * redirects out. Skipped aliases are logged so a missing one is never a mystery.
 */
export function aliasRedirects(atlas: Atlas, base: string): AstroIntegration {
	const plan = planAliases(atlas.dialects, atlas.codes);
	return {
		name: 'error-atlas-aliases',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger, command }) => {
				updateConfig({ redirects: redirectsOf(plan, base) });
				if (command !== 'build') return;
				logger.info(`${plan.aliases.length} alias routes`);
				for (const skip of plan.skipped) logger.info(`no alias ${skip.path}: ${skip.reason}`);
			},
		},
	};
}
