export * from './templates/letter-data-schema';
export * from './templates/letter-template-store';
export * from './templates/template-versions';
export * from './rendering/docx-renderer';
export * from './rendering/letter-render-error';
export * from './letters/letters.service';
export * from './letters/letter-view';
export * from './letters.module';
