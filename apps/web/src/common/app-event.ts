/**
 * A signal between parts of the page that do not share state: a page that changes tasks or messages
 * tells the menu's count to look again.
 */
export function appEvent(name: string) {
  const type = `ap:${name}`;
  return {
    emit(): void {
      window.dispatchEvent(new Event(type));
    },
    on(listener: () => void): () => void {
      window.addEventListener(type, listener);
      return () => window.removeEventListener(type, listener);
    },
  };
}
