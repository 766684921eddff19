export * from './access-log';
export * from './category';
export * from './consent';
export * from './enforce';
export * from './grant-store';
export * from './seal-store';
