/** The paragraphs of the protocol a step carries out, as its model cites them ("7.3, 24 uur"). */
export function Paragraphs({ ids }: { ids: string[] }) {
  if (!ids.length) return <span className="ap-paragraphs ap-paragraphs--none">niet genoemd</span>;
  return <span className="ap-paragraphs">{ids.join('; ')}</span>;
}
