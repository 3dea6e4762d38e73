import { DomainError } from '@ap/common';

/** Receptions recognise a banned visitor by a passport-style photo; 2 MB is ample for one. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The image types a photo may have. */
export const PHOTO_TYPES = Object.keys(SIGNATURES);

/** Checks that the bytes are the image the content type says, so nothing else is served back as one. */
export function checkPhoto(contentType: string | undefined, bytes: Buffer): string {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const signature = SIGNATURES[type];
  const problem = (text: string) => new DomainError('invalid', 'Ongeldige foto', [{ field: 'body', problems: [text] }]);
  if (!signature) throw problem(`Stuur de foto als image/jpeg of image/png (Content-Type), niet als "${type || 'geen'}"`);
  if (!bytes.length) throw problem('the photo is empty');
  if (!signature.every((b, i) => bytes[i] === b)) throw problem(`the bytes are not a ${type} image`);
  return type;
}
