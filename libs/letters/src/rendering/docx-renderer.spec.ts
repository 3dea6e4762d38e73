import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { exampleLetterData, LETTER_FIELDS, letterField } from '../data/letter-data';
import { templateTags } from '../templates/checks/template-check';
import { renderDocx } from './docx-renderer';
import { LetterRenderError } from './letter-render-error';

const dir = join(__dirname, '../../../../letter-templates');
const templates = readdirSync(dir).filter((f) => f.endsWith('.docx'));
const sample = (code: string) => JSON.parse(readFileSync(join(dir, `${code}.sample.json`), 'utf8'));
const text = (docx: Buffer) => new PizZip(docx).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');

describe('letter templates', () => {
  it.each(templates)('%s renders with its sample data and uses only known fields', (file) => {
    const code = file.replace('.docx', '');
    const docx = readFileSync(join(dir, file));
    expect(templateTags(docx).filter((t) => !letterField(t))).toEqual([]);
    const body = text(renderDocx(code, docx, sample(code)));
    expect(body).toContain(sample(code).burger.naam);
    expect(body).toContain(sample(code).incident.datum);
    expect(body).not.toMatch(/undefined|\{|\}/);
  });

  it.each(templates)('%s renders with the example value of every field', (file) => {
    const code = file.replace('.docx', '');
    const body = text(renderDocx(code, readFileSync(join(dir, file)), exampleLetterData()));
    expect(body).toContain(exampleLetterData().burger.naam);
    expect(body).not.toMatch(/undefined|\{|\}/);
  });
});

describe('the letter-data definition', () => {
  it('gives every field a Dutch description and an example of its kind', () => {
    expect(LETTER_FIELDS.length).toBeGreaterThan(30);
    for (const field of LETTER_FIELDS) {
      expect(field.description.length).toBeGreaterThan(5);
      expect(typeof field.example).toBe(field.kind === 'flag' ? 'boolean' : 'string');
    }
    expect(letterField('maatregel.reikwijdte')).toMatchObject({ optional: true });
    expect(letterField('burger.naam')).toMatchObject({ optional: false, example: 'J. de Vries' });
    expect(letterField('burger')).toBeUndefined();
  });
});

describe('renderDocx', () => {
  const tc4 = readFileSync(join(dir, 'TC4.docx'));

  it('fails listing every missing field instead of printing "undefined" or a blank', () => {
    const data = sample('TC4');
    delete data.burger.adres;
    data.burger.postcode = '  ';
    delete data.maatregel;
    let error: LetterRenderError | undefined;
    try {
      renderDocx('TC4', tc4, data);
    } catch (err) {
      error = err as LetterRenderError;
    }
    expect(error).toBeInstanceOf(LetterRenderError);
    expect(error!.missing).toEqual(['burger.adres', 'burger.postcode', 'maatregel.duur', 'maatregel.einddatum', 'maatregel.ingangsdatum', 'maatregel.reikwijdte']);
    expect(error!.message).toBe(
      'brief TC4: ontbrekende gegevens: burger.adres, burger.postcode, maatregel.duur, maatregel.einddatum, maatregel.ingangsdatum, maatregel.reikwijdte',
    );
  });

  it('fails naming the recidive window when no window is known', () => {
    const data = sample('TC3');
    delete data.recidive;
    expect(() => renderDocx('TC3', readFileSync(join(dir, 'TC3.docx')), data)).toThrow('brief TC3: ontbrekende gegevens: recidive.termijn');
  });

  it('tells receptions the photo is with the ban in the register only when there is one', () => {
    const tvr = readFileSync(join(dir, 'TVR.docx'));
    const data = sample('TVR');
    const withPhoto = text(renderDocx('TVR', tvr, data));
    expect(withPhoto).toContain('Van de betrokkene is een foto beschikbaar. U ziet de foto bij het toegangsverbod als u de betrokkene opzoekt in het register');
    expect(withPhoto).not.toContain('bijgevoegd');
    const withoutPhoto = text(renderDocx('TVR', tvr, { ...data, burger: { ...data.burger, foto: false } }));
    expect(withoutPhoto).toContain('Van de betrokkene is nog geen foto beschikbaar.');
    expect(withoutPhoto).not.toContain('U ziet de foto');
    expect(() => renderDocx('TVR', tvr, { ...data, burger: { ...data.burger, foto: undefined } })).toThrow('ontbrekende gegevens: burger.foto');
  });

  it('shows the concept banner and no signer name until the letter is signed', () => {
    const data = sample('TC4');
    const concept = text(renderDocx('TC4', tc4, { ...data, concept: true }));
    expect(concept).toContain('CONCEPT');
    expect(concept).not.toContain(data.ondertekenaar.naam);
    const final = text(renderDocx('TC4', tc4, data));
    expect(final).not.toContain('CONCEPT');
    expect(final).toContain(data.ondertekenaar.naam);
  });

  it('gives the same bytes for the same template and data, whenever it renders', () => {
    const data = sample('TC4');
    jest.useFakeTimers({ now: new Date('2026-01-05T08:00:00Z') });
    try {
      const first = renderDocx('TC4', tc4, data);
      jest.setSystemTime(new Date('2031-07-19T23:59:58Z'));
      expect(renderDocx('TC4', tc4, data).equals(first)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
