// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// content/ is the venues' text, republished verbatim.
	{
		ignores: ['dist/', '.astro/', '.node/', 'tmp/', 'test-results/', 'node_modules/', 'content/'],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		rules: {
			// The readers, the decoder and the CLI match control characters on purpose (to strip or refuse them).
			'no-control-regex': 'off',
			// CLI commands and integration hooks are async by their interface, whether or not they wait.
			'@typescript-eslint/require-await': 'off',
			// `{ line: _line, ...rest }` drops a field by name.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	// TypeScript resolves names itself, and knows the DOM where a file uses it.
	{ files: ['**/*.ts'], rules: { 'no-undef': 'off' } },
	// Plain JavaScript has no types for the type-aware rules to check: every value would be `any`.
	{ files: ['**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
	// tsc does not read .astro files, so the type-aware rules have no types there: their frontmatter
	// and scripts get the rest (the 60-line limit included).
	{ files: ['**/*.astro', '**/*.astro/*'], extends: [tseslint.configs.disableTypeChecked] },
	{
		files: ['src/**'],
		rules: {
			// A function that does not fit on a screen is a set of steps without names.
			'max-lines-per-function': ['error', { max: 60 }],
		},
	},
	{
		files: ['tests/**'],
		rules: {
			// Tests read the JSON the site and the CLI write, untyped on purpose: what is in it is what they check.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
);
