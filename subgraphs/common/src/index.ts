import 'reflect-metadata';

export * from './bootstrap';
export * from './categories';
export * from './config';
export * from './context';
export * from './db';
export * from './errors';
export * from './http';
export * from './identity';
export * from './logger';
export * from './subgraph';
export * from './vocabulary';
export * from './process';
export * from './reference';
export * from './access';
export * from './hub-schema';
export * from './consent';
export * from './events';
