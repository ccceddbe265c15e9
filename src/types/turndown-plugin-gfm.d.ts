// The plugin ships no types: this is the one export the refresh module uses.
declare module '@joplin/turndown-plugin-gfm' {
	import type TurndownService from 'turndown';
	export const gfm: TurndownService.Plugin;
}
