// The masthead's contact as a link: an email address becomes a mailto: link, an https address stays.

/** The address a contact links to. */
export function contactHref(contact: string): string {
  return /^(https:|mailto:)/.test(contact) ? contact : `mailto:${contact}`;
}

/** The contact as readers see it: an email address without "mailto:", a web address as written. */
export function contactLabel(contact: string): string {
  return contact.replace(/^mailto:/, '');
}
