import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountStateCheck } from '../auth/account-state.js';
import type { Principal } from '../auth/principal.js';
import type { TokenService } from '../auth/token.service.js';
import type { GeographyCache } from '../geography/geography-cache.js';
import type { PluginRuntime } from '../plugins/plugin-runtime.js';
import type { TransactionGate } from './transaction-scope.js';

/** Per-request DataLoaders, created on first use so a request pays only for what it asks. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();

  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What every resolver knows about the request it serves. */
export interface RequestContext {
  principal: Principal;
  /** This request's own EntityManager (a fork), never shared with another request. */
  em: EntityManager;
  loaders: LoaderRegistry;
  requestId: string;
  logger: Logger;
  /** Today's date (Vietnam) when the request arrived: the default `asOf` of every question. */
  today: string;
  /** What the loaded plugins contribute (workflow extensions, transition targets, targets); absent: the core alone. */
  plugins?: PluginRuntime;
  /** The server's in-memory map for analytics; absent: each query loads its own. */
  geography?: GeographyCache;
  /** Whether transactions may still commit; absent: always (tests, the CLI). */
  transactions?: TransactionGate;
  /** Signs access tokens (sign-in, refresh); absent: sign-in is not offered (the CLI). */
  tokens?: TokenService;
  /** The server's account-state cache, told about changes so that they apply at once. */
  accounts?: AccountStateCheck;
}
