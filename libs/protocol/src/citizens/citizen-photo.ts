import sharp from 'sharp';
import { DomainError } from '@ap/common';

/** Receptions recognise a banned visitor by a passport-style photo; 2 MB is ample for one. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** Larger than a passport photo needs; a phone's 12-megapixel picture is scaled down to it. */
const MAX_SIDE = 1600;
/** What a photo may decode to: a bomb of a small file that unpacks to gigapixels is refused. */
const MAX_PIXELS = 40_000_000;

const FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png' } as const;

/** The image types a photo may have. */
export const PHOTO_TYPES = Object.keys(FORMATS);

const problem = (text: string) => new DomainError('invalid', 'Ongeldige foto', [{ field: 'body', problems: [text] }]);

/**
 * The photo as the product keeps it: decoded for real (a file that only starts like an image is refused),
 * turned upright, scaled to at most MAX_SIDE, and encoded anew in its own format without any metadata,
 * so the location and the phone a picture was taken with are not kept.
 */
export async function normalisePhoto(contentType: string | undefined, bytes: Buffer): Promise<{ photo: Buffer; type: string }> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const format = FORMATS[type as keyof typeof FORMATS];
  if (!format) throw problem(`Stuur de foto als image/jpeg of image/png (Content-Type), niet als "${type || 'geen'}".`);
  if (!bytes.length) throw problem('De foto is leeg.');
  let decoded: sharp.Metadata;
  try {
    decoded = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw problem(`Dit is geen ${format === 'jpeg' ? 'JPEG' : 'PNG'}-foto die zich laat lezen.`);
  }
  if (decoded.format !== format) throw problem(`Het bestand is geen ${format === 'jpeg' ? 'JPEG' : 'PNG'}-foto, maar ${decoded.format ?? 'iets anders'}.`);
  try {
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS }).rotate().resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true });
    const photo = await (format === 'jpeg' ? image.jpeg({ quality: 85, mozjpeg: true }) : image.png()).toBuffer();
    return { photo, type };
  } catch {
    throw problem(`Dit is geen ${format === 'jpeg' ? 'JPEG' : 'PNG'}-foto die zich laat lezen.`);
  }
}
