import { getMetadataStorage, ValidationError } from 'class-validator';

type Message = (args: any[]) => string;

/**
 * What a user reads when a field is refused, per class-validator constraint, in Dutch. A decorator's own
 * `message` (written in Dutch where a format needs an example) wins over these.
 */
const MESSAGES: Record<string, Message> = {
  isDefined: () => 'Vul dit in.',
  isNotEmpty: () => 'Vul dit in.',
  isNotBlank: () => 'Vul dit in; alleen spaties is geen invoer.',
  isString: () => 'Moet tekst zijn.',
  maxLength: ([max]) => `Gebruik hoogstens ${max} tekens.`,
  minLength: ([min]) => `Gebruik minstens ${min} ${min === 1 ? 'teken' : 'tekens'}.`,
  isIn: ([values]) => `Kies een van de mogelijkheden${values ? ` (${(values as unknown[]).join(', ')})` : ''}.`,
  isEnum: () => 'Kies een van de mogelijkheden.',
  isBoolean: () => 'Kies ja of nee.',
  isIso8601: () => 'Geef een datum en tijd, bijvoorbeeld 2026-12-02T10:15:00+01:00.',
  isDateString: () => 'Geef een datum en tijd, bijvoorbeeld 2026-12-02T10:15:00+01:00.',
  isInt: () => 'Geef een heel getal.',
  isNumber: () => 'Geef een getal.',
  min: ([min]) => `Moet minstens ${min} zijn.`,
  max: ([max]) => `Mag hoogstens ${max} zijn.`,
  isArray: () => 'Moet een lijst zijn.',
  arrayMinSize: ([min]) => `Kies er minstens ${min}.`,
  arrayMaxSize: ([max]) => `Kies er hoogstens ${max}.`,
  arrayUnique: () => 'Kies elke mogelijkheid één keer.',
  isUuid: () => 'Moet een geldige id (UUID) zijn.',
  isEmail: () => 'Geef een geldig e-mailadres.',
  isObject: () => 'Moet een object zijn.',
  nestedValidation: () => 'Moet een object zijn.',
  matches: () => 'Heeft niet de verwachte vorm.',
  whitelistValidation: () => 'Dit veld bestaat hier niet.',
};

const CHOICES = new Set(['isBoolean', 'isIn', 'isEnum']);

/** The Dutch messages for one refused field. */
export function dutchProblems(error: ValidationError): string[] {
  const constraints = Object.keys(error.constraints ?? {});
  // A required field left out fails every check on it; saying it is missing is enough (a choice says what to choose).
  const missing = error.value === undefined || error.value === null || error.value === '';
  if (missing && !constraints.some((c) => CHOICES.has(c))) return [MESSAGES.isNotEmpty([])];
  const metadata = error.target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(error.target.constructor, '', true, false)
        .filter((m) => m.propertyName === error.property)
    : [];
  return Object.entries(error.constraints ?? {}).map(([constraint, english]) => {
    const declared = metadata.find((m) => (m.name ?? m.type) === constraint);
    if (declared?.message) return english;
    return MESSAGES[constraint]?.(declared?.constraints ?? []) ?? english;
  });
}
