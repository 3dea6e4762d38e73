export * from './channels/channels';
export * from './municipality';
export * from './protocol.module';
