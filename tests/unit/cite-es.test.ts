// Citations in Spanish practice: Spanish dates and words, the comma after the closing quotation mark,
// the article's own (English) headline kept; the English forms unchanged by the option.
import { describe, expect, test } from 'vitest';
import { citeEventPage, citeQuotedIn, citeSource, citeSourceInText, formatApaDate, formatChicagoDate, formatMlaDate } from '../../src/lib/cite.ts';
import type { EventRecord, SourceRecord } from '../../src/lib/records.ts';

const source: SourceRecord = {
  id: 'seattle-times-2021-01-14', outlet: 'The Seattle Times', republishedFrom: 'The Washington Post',
  headline: 'Sessions pushed ‘zero tolerance’ despite warnings', published: '2021-01-14', url: 'https://www.seattletimes.com/x/', paragraphs: ['a', 'b'],
};
const event = { id: '2018-05-conference-call', title: 'Sessions dice a los fiscales que “tenemos que quitar a los niños”', url: '/es/events/2018-05-conference-call/' } as EventRecord;
const options = { siteName: 'Tolerancia cero', publisher: 'El proyecto', siteUrl: 'https://example.org/', updated: '2026-12-02', accessed: '2021-01-14' };

describe('Spanish citation dates', () => {
  test.each([
    ['2021-01-14', '14 de enero de 2021', '2021, 14 de enero', '14 ene. 2021'],
    ['2018-05-03', '3 de mayo de 2018', '2018, 3 de mayo', '3 mayo 2018'],
    ['2020-09-30', '30 de septiembre de 2020', '2020, 30 de septiembre', '30 sept. 2020'],
  ])('%s', (iso, chicago, apa, mla) => {
    expect(formatChicagoDate(iso, 'es')).toBe(chicago);
    expect(formatApaDate(iso, 'es')).toBe(apa);
    expect(formatMlaDate(iso, 'es')).toBe(mla);
  });
});

describe('an article cited in Spanish', () => {
  const es = citeSource(source, { locale: 'es', paragraphs: [9] });
  const en = citeSource(source, { paragraphs: [9] });
  test('keeps the headline, puts the comma after the quotation mark, and says the rest in Spanish', () => {
    expect(es.chicagoNote.text).toBe('“Sessions pushed ‘zero tolerance’ despite warnings”, Seattle Times, 14 de enero de 2021, publicado originalmente en the Washington Post, párr. 9, https://www.seattletimes.com/x/.');
    expect(es.apa.text).toBe('Sessions pushed ‘zero tolerance’ despite warnings. (2021, 14 de enero). The Seattle Times. https://www.seattletimes.com/x/ (Obra original publicada en The Washington Post)');
    expect(es.mla.text).toBe('“Sessions pushed ‘zero tolerance’ despite warnings”. The Seattle Times, 14 ene. 2021, www.seattletimes.com/x/. Publicado originalmente en The Washington Post.');
    expect(en.chicagoNote.text).toBe('“Sessions pushed ‘zero tolerance’ despite warnings,” Seattle Times, January 14, 2021, originally published in the Washington Post, para. 9, https://www.seattletimes.com/x/.');
  });
  test('in-text citations give "párr."', () => {
    expect(citeSourceInText(source, [3, 4], 'es').apa.text).toBe('(“Sessions pushed ‘zero tolerance’ despite warnings”, 2021, párr. 3, 4)');
    expect(citeSourceInText(source, [3], 'es').mla.text).toBe('(“Sessions pushed ‘zero tolerance’ despite warnings” párr. 3)');
    expect(citeQuotedIn('Jeff Sessions', source, 'es').text).toMatch(/^Jeff Sessions, citado en “Sessions pushed/);
  });
});

describe('an event page cited in Spanish', () => {
  const es = citeEventPage(event, { ...options, locale: 'es' });
  test('dates the change and the visit the Spanish way', () => {
    expect(es.chicagoNote.text).toBe('“Sessions dice a los fiscales que ‘tenemos que quitar a los niños’”, Tolerancia cero, El proyecto, última modificación el 2 de diciembre de 2026, consultado el 14 de enero de 2021, https://example.org/es/events/2018-05-conference-call/.');
    expect(es.chicagoBibliography.text).toContain('Última modificación el 2 de diciembre de 2026. Consultado el 14 de enero de 2021.');
    expect(es.apa.text).toContain('(2026, 2 de diciembre).');
    expect(es.apa.text).toContain('Recuperado el 14 de enero de 2021, de https://example.org/es/events/2018-05-conference-call/');
    expect(es.mla.text).toMatch(/Consultado el 14 ene\. 2021\.$/);
    expect(citeEventPage(event, { siteName: options.siteName, siteUrl: options.siteUrl, locale: 'es' }).apa.text).toContain('(s. f.).');
  });
});
