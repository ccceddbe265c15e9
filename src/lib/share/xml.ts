/** Text made safe for XML content and attribute values: every markup character as a reference. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
