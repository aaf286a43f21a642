// Rules on the Markdown bodies of content/ (site.md's introduction, the source extracts): plain text
// and https links only, so nothing from content runs or loads in a reader's browser.
import type { Problem } from '../problems.ts';
import { CONTROL_CHARACTER, FORMAT_CHARACTER, codePointName } from '../text.ts';
import type { ContentIndex } from './content-index.ts';

/** The start of raw HTML in CommonMark: a tag, a closing tag, a comment, a declaration, or an autolink. */
const RAW_HTML = /<(?:[A-Za-z][A-Za-z0-9+.-]*[\s/>:]|[A-Za-z][A-Za-z0-9-]*$|\/[A-Za-z]|!|\?)/m;

/** "the body", or the field that holds the Markdown (`es.intro`). */
function where(field: string): string {
  return field === '(body)' ? 'the body' : field;
}

function lines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n');
}

function shown(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}

/** No raw HTML (tags, comments, <…> autolinks) in a body. */
export function bodyHasNoHtml(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, body, field = '(body)' } of index.bodies) {
    lines(body).forEach((line, at) => {
      const match = RAW_HTML.exec(line);
      if (!match) return;
      problems.push({
        file,
        field,
        message: `holds raw HTML at line ${at + 1} of ${where(field)} (got ${shown(line.slice(match.index))})`,
        fix: 'write plain text: no HTML from content reaches the pages; for a link write [words](https://…)',
      });
    });
  }
  return problems;
}

/** A Markdown link's destination, with one level of balanced parentheses as CommonMark allows. */
const LINK_TARGET = /\]\(\s*((?:[^()\s]|\([^()\s]*\))*)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(\S+)/;

/** Links in a body go to https addresses; images are refused (nothing loads from another origin). */
export function bodyLinksAreHttps(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, body, field = '(body)' } of index.bodies) {
    lines(body).forEach((line, at) => {
      if (/!\[[^\]]*\]\(/.test(line)) {
        problems.push({ file, field, message: `holds an image at line ${at + 1} of ${where(field)}`, fix: 'remove the image: the pages load nothing from content or other sites' });
        return;
      }
      const targets = [...line.matchAll(LINK_TARGET)].map((m) => m[1]!);
      const definition = DEFINITION.exec(line);
      if (definition) targets.push(definition[1]!);
      for (const target of targets) {
        if (/^https:\/\/[^\s]+$/.test(target)) continue;
        problems.push({ file, field, message: `links to an address that is not https at line ${at + 1} of ${where(field)} (got ${shown(target)})`, fix: 'link only to full https addresses: [words](https://…)' });
      }
    });
  }
  return problems;
}

/** No control or invisible format characters in a body. */
export function bodyHasNoHiddenCharacters(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, body, field = '(body)' } of index.bodies) {
    lines(body).forEach((line, at) => {
      const hidden = CONTROL_CHARACTER.exec(line) ?? FORMAT_CHARACTER.exec(line.replace(/\t/g, ' '));
      if (!hidden) return;
      problems.push({ file, field, message: `holds the invisible character ${codePointName(hidden[0])} at line ${at + 1} of ${where(field)}`, fix: 'delete it (retype the words around it if you cannot see it)' });
    });
  }
  return problems;
}
