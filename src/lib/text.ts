// Characters a reader cannot see, shared by the schemas, the verify rules and the problem lines.

/** Control characters other than tab and line feed (which YAML and Markdown fold as white space). */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Format characters (zero-width spaces and joiners, bidirectional controls, soft hyphens…) and line separators. */
export const FORMAT_CHARACTER = /[\p{Cf}\u2028\u2029]/u;

/** `U+200B` for a character, to name it in a message. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
