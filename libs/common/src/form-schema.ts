// class-transformer keeps its metadata store out of its public entry; class-validator-jsonschema needs it for @Type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

type Schema = Record<string, any>;

const REF = '#/definitions/';
let all: Record<string, Schema> | null = null;

/**
 * A form's fields as JSON Schema, derived from the very class the service validates it with:
 * class-validator's decorators give types, limits and required fields, class-transformer's @Type nested
 * classes, @Label/@Choice/@RequiredWhen labels, choices and conditions, and a field without @Label is
 * labelled by its API description. The web app builds the form from this; nothing is written twice.
 */
export function formSchema(form: { title: string; dto: abstract new (...args: any[]) => object }): Schema {
  // Every class is known once its module has loaded, which is before the first request.
  all ??= labelled(validationMetadatasToSchemas({ classTransformerMetadataStorage: defaultMetadataStorage, refPointerPrefix: REF }) as Record<string, Schema>);
  const root = all[form.dto.name] ?? { type: 'object', properties: {} };
  const definitions: Record<string, Schema> = {};
  const collect = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.slice(REF.length);
        if (!definitions[name] && all![name]) {
          definitions[name] = all![name];
          collect(all![name]);
        }
      } else collect(value);
    }
  };
  collect(root);
  return { title: form.title, ...root, ...(Object.keys(definitions).length ? { definitions } : {}) };
}

/** Gives every property without a title its @ApiProperty description as title. */
function labelled(schemas: Record<string, Schema>): Record<string, Schema> {
  const classes = new Map<string, abstract new (...args: any[]) => unknown>();
  for (const target of (getMetadataStorage() as any).validationMetadatas.keys() as Iterable<abstract new (...args: any[]) => unknown>) classes.set(target.name, target);
  for (const [name, schema] of Object.entries(schemas)) {
    const prototype = classes.get(name)?.prototype;
    if (!prototype) continue;
    for (const [property, field] of Object.entries<Schema>(schema.properties ?? {})) {
      const description = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, property)?.description;
      if (!field.title && description) field.title = description;
    }
  }
  return schemas;
}
