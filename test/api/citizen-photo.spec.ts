import sharp from 'sharp';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Receptions get a banned visitor's photo where one was attached (ch. 8). */
describe('API: a citizen photo for receptions', () => {
  const app = useTestApp();

  it('stores a checked image, serves it to reception, and refuses anything else', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
    const url = `/api/citizens/${incident.citizen.id}/photo`;
    const head = await app.api.as('publiekscontacten');
    await app.t.http().get(url).set(await app.api.as('receptie')).expect(404);

    const wrongType = await app.t.http().put(url).set(head).set('Content-Type', 'image/gif').send(PNG);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].problems[0]).toMatch(/image\/jpeg of image\/png/);
    const notPng = await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.from('<script>alert(1)</script>'));
    expect(notPng.status).toBe(400);
    // Files that start like an image but are a web page or a zip are decoded, and refused.
    const PNG_SIGNATURE = PNG.subarray(0, 8);
    const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    for (const [type, bytes] of [
      ['image/png', Buffer.concat([PNG_SIGNATURE, Buffer.from('<html><script>alert(1)</script></html>')])],
      ['image/jpeg', Buffer.concat([JPEG_SIGNATURE, Buffer.from('PK\u0003\u0004 een zip')])],
      ['image/jpeg', PNG],
    ] as const) {
      const refused = await app.t.http().put(url).set(head).set('Content-Type', type).send(bytes);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].problems[0]).toMatch(/geen (JPEG|PNG)-foto/);
    }
    // A JSON body is read by the body parser before the photo route sees it: refused at once, not waited on.
    const json = await app.t.http().put(url).set(head).send({ photo: 'iVBORw0KGgo=' });
    expect(json.status).toBe(415);
    expect(json.body.message).toBe('Stuur de foto als het bestand zelf, met het Content-Type van het bestand, niet als JSON of formulier.');
    const tooLarge = await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toMatch(/De foto is groter dan 2 MB/);
    await app.t.http().put(url).set(await app.api.as('medewerker')).set('Content-Type', 'image/png').send(PNG).expect(403);

    await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(PNG).expect(204);
    const served = await app.t.http().get(url).set(await app.api.as('receptie')).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(await sharp(served.body).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });
  });

  it('keeps a phone photo without the place and the phone it was taken with, upright and scaled down', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
    const url = `/api/citizens/${incident.citizen.id}/photo`;
    // A phone's picture: 3000 × 2000, turned on its side (orientation 6), with the camera and GPS in its EXIF.
    const phone = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#8a6f5a' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Telefoonmerk', Model: 'Model X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(phone).metadata()).exif).toBeDefined();
    await app.t.http().put(url).set(await app.api.as('publiekscontacten')).set('Content-Type', 'image/jpeg').send(phone).expect(204);
    const served = (await app.t.http().get(url).set(await app.api.as('receptie')).buffer(true).expect(200)).body as Buffer;
    const kept = await sharp(served).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 1067, height: 1600 });
    expect(kept.exif).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    expect(served.includes(Buffer.from('Telefoonmerk'))).toBe(false);
  });
});
