/** Where {@link findFreePort} looks. */
export interface FindFreePortOptions {
  /** Taken when it is free; 0 lets the system pick. @default 0 */
  preferred?: number;
  /** Interface to probe. @default '127.0.0.1' */
  host?: string;
}

/** A port on `host` that was just free: a server may listen on it, or (closed again) connecting is refused. */
export declare function findFreePort(options?: FindFreePortOptions): Promise<number>;
