/** Where a CLI command writes, and which sources it reads; tests pass their own. */
export interface CliIo {
	out: (text: string) => void;
	err: (text: string) => void;
	sourcesDir: string;
}
