// @ts-check
/**
 * bpmnlint's recommended rules in Dutch, by rule name, for policy owners who read no English. The
 * product's own rules report in Dutch already.
 * @type {Record<string, string>}
 */
const DUTCH = {
  'ad-hoc-sub-process': 'Een ad-hoc-deelproces mag alleen taken en deelprocessen bevatten.',
  'conditional-flows': 'Een splitsing met voorwaarden heeft op elke uitgaande verbinding een voorwaarde nodig, of een standaardverbinding.',
  'end-event-required': 'Het proces heeft een eindgebeurtenis nodig.',
  'event-based-gateway': 'Na een gebeurtenisgestuurde keuze mogen alleen tussengebeurtenissen volgen.',
  'event-sub-process-typed-start-event': 'Een gebeurtenis-deelproces heeft een startgebeurtenis met een type nodig.',
  'fake-join': 'Meerdere binnenkomende verbindingen op een taak; gebruik een samenvoeging.',
  global: 'Dit globale element wordt nergens gebruikt.',
  'label-required': 'Dit element heeft geen naam.',
  'link-event': 'Een koppelgebeurtenis heeft een passende tegenhanger met dezelfde naam nodig.',
  'no-bpmndi': 'Dit element staat niet in het diagram.',
  'no-complex-gateway': 'Complexe splitsingen worden niet ondersteund.',
  'no-disconnected': 'Dit element is niet verbonden met de rest van het proces.',
  'no-duplicate-sequence-flows': 'Deze verbinding komt dubbel voor.',
  'no-gateway-join-fork': 'Een splitsing voegt samen én splitst; gebruik twee splitsingen.',
  'no-implicit-split': 'Meerdere uitgaande verbindingen zonder splitsing; gebruik een splitsing.',
  'no-implicit-end': 'Dit element heeft geen uitgaande verbinding; laat het eindigen in een eindgebeurtenis.',
  'no-implicit-start': 'Dit element heeft geen binnenkomende verbinding; laat het beginnen bij een startgebeurtenis.',
  'no-inclusive-gateway': 'Inclusieve splitsingen worden niet ondersteund.',
  'no-overlapping-elements': 'Dit element overlapt een ander element in het diagram.',
  'single-blank-start-event': 'Een proces mag maar één startgebeurtenis zonder type hebben.',
  'single-event-definition': 'Een gebeurtenis mag maar één soort hebben.',
  'start-event-required': 'Het proces heeft een startgebeurtenis nodig.',
  'sub-process-blank-start-event': 'Een deelproces heeft een startgebeurtenis zonder type nodig.',
  'superfluous-gateway': 'Deze splitsing is overbodig: één verbinding in en één uit.',
  'superfluous-label': 'Dit element heeft een naam maar geen tekst in het diagram.',
  'superfluous-termination': 'Deze beëindiging is overbodig.',
};

/**
 * A lint report as a policy owner reads it: the product's rules as they report, bpmnlint's own in Dutch.
 * @param {string} rule the rule's name as bpmnlint reports it ("label-required", "agressieprotocol/periods")
 * @param {string} message
 */
function dutchMessage(rule, message) {
  return DUTCH[rule] ?? message;
}

module.exports = { dutchMessage };
