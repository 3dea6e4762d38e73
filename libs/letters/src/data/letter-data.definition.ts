/**
 * The data a letter template may use: the one definition of every field, with what it holds and an example.
 * The contract between the templates legal staff edit in Word and the code that fills them. From it come
 * the fields a template may use (a template using another tag is refused), their descriptions and example
 * values on the template library page, and the type the letter-data builder must return, so a field cannot
 * be allowed without being filled, nor filled without being allowed.
 */

const text = (description: string, example: string) => ({ kind: 'text', description, example, optional: false }) as const;
const flag = (description: string, example: boolean) => ({ kind: 'flag', description, example, optional: false }) as const;
/** A field not every letter of its group has (a ban's scope, unlike a measure's dates). */
const maybe = <F extends object>(field: F) => ({ ...field, optional: true }) as Omit<F, 'optional'> & { readonly optional: true };
/** A group only some letters have (a recipient, a measure); it is absent from the others. */
const some = <G extends object>(group: G) => ({ group, optional: true }) as const;

export const LETTER_DATA = {
  concept: flag('waar zolang de brief nog niet is ondertekend (voor de conceptmarkering)', false),
  gemeente: {
    naam: text('naam van de gemeente', 'Gemeente Voorbeeldstad'),
    afdeling: text('afdeling die de brief verstuurt', 'Publiekszaken'),
    postadres: text('postadres van de gemeente', 'Postbus 1234'),
    postcode: text('postcode van de gemeente', '1234 AB'),
    plaats: text('vestigingsplaats van de gemeente', 'Voorbeeldstad'),
    telefoon: text('telefoonnummer van de gemeente', '14 0123'),
    website: text('website van de gemeente', 'www.voorbeeldstad.nl'),
  },
  burger: {
    naam: text('naam van de burger', 'J. de Vries'),
    adres: text('straat en huisnummer van de burger', 'Dorpsstraat 12'),
    postcode: text('postcode van de burger', '1234 CD'),
    woonplaats: text('woonplaats van de burger', 'Voorbeeldstad'),
    geboortedatum: text('geboortedatum van de burger (voor meldingen aan recepties en politie)', '3 april 1981'),
    foto: flag('waar als er een foto van de burger is; recepties zien die bij het toegangsverbod in het register (voor {#burger.foto}…{/burger.foto})', true),
  },
  brief: {
    datum: text('datum van de brief (bij ondertekening: de datum van ondertekening)', '24 november 2026'),
    kenmerk: text('kenmerk van de brief', 'AG-2026-00163/TC3'),
    onderwerp: text('onderwerp van de brief', 'Waarschuwing na bedreiging of discriminatie van een medewerker'),
  },
  incident: {
    datum: text('datum van het incident', '20 november 2026'),
    tijd: text('tijdstip van het incident', '09:48'),
    kanaal: text('waar het incident plaatsvond, bv. "telefonisch contact"', 'telefonisch contact'),
    gedrag: text('het gedrag, bv. "bedreiging"', 'bedreiging'),
    omschrijving: text('omschrijving van wat er gebeurde', 'Tijdens een gesprek over uw uitkering zei u dat de medewerker "moest oppassen".'),
    locatie: text('waar het incident plaatsvond, bv. "Klantcontactcentrum, Markt 1"', 'Klantcontactcentrum, Markt 1, Voorbeeldstad'),
  },
  recidive: {
    termijn: text('de termijn waarbinnen het model dit incident als herhaling telt, bv. "6 maanden" (alleen na een recidivebepaling)', '6 maanden'),
  },
  ontvanger: some({
    omschrijving: text('aan wie een interne melding gaat, bv. "de directie" (alleen meldingen van een toegangsverbod)', 'de directie'),
  }),
  maatregel: some({
    duur: text('duur van de maatregel, bv. "6 maanden": van het toegangsverbod, of anders de duur die het model de brief meegeeft (measureDuration, bv. bij SrCH en HB2)', '6 maanden'),
    ingangsdatum: text('eerste dag van de maatregel: de dag waarop de brief wordt ondertekend (bij een afschrift: de dag waarop het toegangsverbod inging)', '24 november 2026'),
    einddatum: text('laatste dag van de maatregel; de maatregel geldt tot en met deze dag', '24 mei 2027'),
    reikwijdte: maybe(text('waarvoor het toegangsverbod geldt, bv. "alle gebouwen van de gemeente" (alleen bij een toegangsverbod)', 'alle gebouwen van de gemeente')),
  }),
  ondertekenaar: {
    naam: text('naam van wie de brief ondertekent (alleen na ondertekening)', 'Marieke Jansen'),
    functie: text('functie van wie de brief ondertekent', 'afdelingshoofd Publiekszaken'),
  },
} as const;
