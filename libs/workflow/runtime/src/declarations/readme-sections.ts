/** The README's generated sections, each between its markers, rewritten by `npm run model-reference`. */
export function withSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start (npm run model-reference) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the README has no section between "${start}" and "${end}"`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}
