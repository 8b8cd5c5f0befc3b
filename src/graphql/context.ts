// What every resolver receives: the process's database client and this request's loaders.
import type { Provider } from '../config.ts';
import type { Db } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  provider: Provider;
  loaders: Loaders;
}

export function createContext(db: Db, provider: Provider): Context {
  return { db, provider, loaders: createLoaders(db) };
}
