export * from './channels/channels';
export * from './municipality';
export * from './notifications/mail/mail-options';
export * from './notifications/mail/mail-outbox.service';
export * from './protocol.module';
export * from './letters/letter-data.builder';
export * from './letters/letter.topics';
export * from './recidive/recidive.topics';
