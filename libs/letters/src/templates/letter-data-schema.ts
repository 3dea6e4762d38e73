/**
 * The fields a letter template may use, with what they hold. It is the contract between the letter
 * templates that legal staff edit in Word and the code that fills them: a template using a tag not
 * listed here is refused when it is loaded.
 */
export const LETTER_FIELDS = {
  concept: 'waar zolang de brief nog niet is ondertekend (voor de conceptmarkering)',
  'gemeente.naam': 'naam van de gemeente',
  'gemeente.afdeling': 'afdeling die de brief verstuurt',
  'gemeente.postadres': 'postadres van de gemeente',
  'gemeente.postcode': 'postcode van de gemeente',
  'gemeente.plaats': 'vestigingsplaats van de gemeente',
  'gemeente.telefoon': 'telefoonnummer van de gemeente',
  'gemeente.website': 'website van de gemeente',
  'burger.naam': 'naam van de burger',
  'burger.adres': 'straat en huisnummer van de burger',
  'burger.postcode': 'postcode van de burger',
  'burger.woonplaats': 'woonplaats van de burger',
  'burger.geboortedatum': 'geboortedatum van de burger (voor meldingen aan recepties en politie)',
  'burger.foto': 'waar als er een foto van de burger is; recepties zien die bij het toegangsverbod in het register (voor {#burger.foto}…{/burger.foto})',
  'brief.datum': 'datum van de brief (bij ondertekening: de datum van ondertekening)',
  'brief.kenmerk': 'kenmerk van de brief',
  'brief.onderwerp': 'onderwerp van de brief',
  'incident.datum': 'datum van het incident',
  'incident.tijd': 'tijdstip van het incident',
  'incident.kanaal': 'waar het incident plaatsvond, bv. "telefonisch contact"',
  'incident.gedrag': 'het gedrag, bv. "bedreiging"',
  'incident.omschrijving': 'omschrijving van wat er gebeurde',
  'incident.locatie': 'waar het incident plaatsvond, bv. "Klantcontactcentrum, Markt 1"',
  'recidive.termijn': 'de termijn waarbinnen het model dit incident als herhaling telt, bv. "6 maanden" (alleen na een recidivebepaling)',
  'ontvanger.omschrijving': 'aan wie een interne melding gaat, bv. "de directie" (alleen meldingen van een toegangsverbod)',
  'maatregel.duur': 'duur van de maatregel, bv. "6 maanden": van het toegangsverbod, of anders de duur die het model de brief meegeeft (measureDuration, bv. bij SrCH en HB2)',
  'maatregel.ingangsdatum': 'eerste dag van de maatregel: de dag waarop de brief wordt ondertekend (bij een afschrift: de dag waarop het toegangsverbod inging)',
  'maatregel.einddatum': 'laatste dag van de maatregel; de maatregel geldt tot en met deze dag',
  'maatregel.reikwijdte': 'waarvoor het toegangsverbod geldt, bv. "alle gebouwen van de gemeente" (alleen bij een toegangsverbod)',
  'ondertekenaar.naam': 'naam van wie de brief ondertekent (alleen na ondertekening)',
  'ondertekenaar.functie': 'functie van wie de brief ondertekent',
} as const;

export type LetterField = keyof typeof LETTER_FIELDS;

export function isKnownField(tag: string): tag is LetterField {
  return tag in LETTER_FIELDS;
}
