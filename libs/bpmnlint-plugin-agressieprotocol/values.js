// @ts-check
/** @typedef {import('./index').InputSpec} InputSpec */

// P6M, P1Y, PT30M, P1DT12H: at least one part, a T only before hours, minutes or seconds.
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** @param {unknown} value */
function isIsoDuration(value) {
  return typeof value === 'string' && ISO_DURATION.test(value.trim());
}

/** @param {unknown} value */
function isIsoDateTime(value) {
  return typeof value === 'string' && ISO_DATE_TIME.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()));
}

/** A FEEL expression, as the product writes them: "= …". Checked when it runs, not here. @param {unknown} value */
function isFeel(value) {
  return typeof value === 'string' && value.trim().startsWith('=');
}

/** @param {unknown} value */
function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);
}

/** @param {unknown} value @returns {string[]} */
function listOf(value) {
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * What is wrong with a value for an input, in Dutch, or null. A FEEL expression passes: its value is
 * only known when the process runs, and is checked then with this same function.
 * @param {InputSpec} spec
 * @param {unknown} value
 * @returns {string | null}
 */
function valueProblem(spec, value) {
  if (isBlank(value)) return spec.required ? `invoer "${spec.name}" (${spec.label.toLowerCase()}) ontbreekt.` : null;
  if (isFeel(value)) return null;
  const shown = Array.isArray(value) ? value.join(',') : String(value);
  const choices = spec.choices ?? [];
  const known = () => choices.map((c) => c.value).join(', ');
  switch (spec.kind) {
    case 'duration':
      return isIsoDuration(value) ? null : `invoer "${spec.name}" is "${shown}", geen ISO 8601-duur zoals P6M of PT30M.`;
    case 'choice':
      return choices.some((c) => c.value === String(value).trim()) ? null : `invoer "${spec.name}" is "${shown}", dat niet bestaat (bekend: ${known()}).`;
    case 'choices': {
      const unknown = listOf(value).filter((item) => !choices.some((c) => c.value === item));
      return unknown.length ? `invoer "${spec.name}" noemt ${unknown.map((u) => `"${u}"`).join(', ')}, dat niet bestaat (bekend: ${known()}).` : null;
    }
    case 'pattern':
      return new RegExp(`^(?:${spec.pattern})$`).test(shown.trim()) ? null : `invoer "${spec.name}" is "${shown}"; verwacht ${spec.example ? `zoiets als ${spec.example}` : 'een andere vorm'}.`;
    default:
      return null;
  }
}

module.exports = { isIsoDuration, isIsoDateTime, isFeel, valueProblem, listOf };
